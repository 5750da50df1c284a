import type { Generated } from 'kysely'

export type InboundKind = '999' | 'TA1' | '277CA' | '835' | '837' | 'text' | 'unknown'
export type InboundSource = 'clearinghouse' | 'manual' | 'demo'
/**
 * received: stored, not yet processed (or processing was interrupted: it runs again);
 * processed: what it said was applied; refused: nothing of it was applied (it says why), and it
 * may be processed again once the cause is fixed; stored: kept for reading only (text reports).
 */
export type InboundStatus = 'received' | 'processed' | 'refused' | 'stored'

export interface InboundFilesTable {
  id: Generated<number>
  sha256: string
  received_at: string
  received_by: string
  source: InboundSource
  original_name: string
  kind: InboundKind
  size: number
  status: InboundStatus
  outcome: Generated<string>
  detail: Generated<string>
  processed_at: string | null
  processed_by: string | null
}

/** A file's bytes exactly as received, apart from its row (which changes as it is processed). */
export interface InboundFileContentsTable {
  file_id: number
  content: Buffer
  /** 'deflate': `content` is the received bytes deflated (raw DEFLATE, no header). */
  packing: Generated<'raw' | 'deflate'>
}

export interface InboxTables {
  inbound_files: InboundFilesTable
  inbound_file_contents: InboundFileContentsTable
}
