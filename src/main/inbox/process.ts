/**
 * Imports an inbound file: store it raw, then hand it to the processor for its kind, in one
 * transaction that also records what it did. A processor refuses a file by throwing a
 * DomainError: everything it wrote is rolled back and the refusal is recorded in its place.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type { InboundKind, InboundSource } from '../store/schema-inbox'
import {
  bufferView,
  fileContent,
  getFile,
  receiveFile,
  recordOutcome,
  type InboundFile,
} from './files'

export interface ProcessContext {
  user: string
  at: string
}

export interface Processed {
  /** One line in the biller's words: what the file did. */
  outcome: string
  /** What it did in detail (claims moved, lines posted, problems by segment): the importer's answer. */
  detail: unknown
  /**
   * What the file's record keeps of that detail, when not all of it: an 835's every line is in
   * the ledger already, and 10,000 claims' worth of it would be a 9 MB row. Else the detail.
   */
  kept?: unknown
}

/** Reads and applies one file. Runs inside the import's transaction. */
export type Processor = (
  db: Database.Database,
  file: InboundFile,
  text: string,
  ctx: ProcessContext,
) => Processed

export type Processors = Partial<Record<InboundKind, Processor>>

export interface ImportInput {
  bytes: Uint8Array
  name: string
  source: InboundSource
}

export interface ImportResult {
  file: InboundFile
  /** These bytes had already been processed (or refused and not fixed): nothing was applied. */
  duplicate: boolean
  /** What processing did this time, whole; for a file not processed now, what its record kept. */
  detail: unknown
}

/** Thrown out of a dry run's transaction so that nothing it did is kept. */
class DryRunDone extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run')
  }
}

export function importInbound(
  db: Database.Database,
  processors: Processors,
  input: ImportInput,
  ctx: ProcessContext,
): ImportResult {
  const receipt = receiveFile(db, { ...input, user: ctx.user, at: ctx.at })
  if (receipt.duplicate && receipt.file.status !== 'received' && receipt.file.status !== 'refused')
    return { ...receipt, detail: receipt.file.detail }
  // A file stored earlier but never applied (the process was killed in between), or refused
  // before, is processed now; it counts as a duplicate only if nothing was applied this time.
  const { file, detail } = processStored(db, processors, receipt.file.id, ctx, input.bytes)
  return { file, duplicate: receipt.duplicate && file.status !== 'processed', detail }
}

/**
 * What importing would do, without keeping anything: the same code runs in a transaction that
 * is then rolled back, so a preview cannot differ from the real thing.
 */
export function previewInbound(
  db: Database.Database,
  processors: Processors,
  input: ImportInput,
  ctx: ProcessContext,
): ImportResult {
  try {
    db.transaction(() => {
      throw new DryRunDone(importInbound(db, processors, input, ctx))
    })()
  } catch (err) {
    if (err instanceof DryRunDone) return err.result
    throw err
  }
  throw new Error('unreachable')
}

/**
 * Processes a stored file that is waiting ('received') or was refused before. `bytes`: its
 * content when the caller holds it (just received), not read back from the store.
 */
export function processStored(
  db: Database.Database,
  processors: Processors,
  fileId: number,
  ctx: ProcessContext,
  bytes?: Uint8Array,
): { file: InboundFile; detail: unknown } {
  const file = getFile(db, fileId)
  const processor = processors[file.kind]
  if (!processor) {
    const outcome =
      file.kind === 'text'
        ? 'Kept as a text report to read.'
        : file.kind === 'unknown'
          ? 'Not an X12 file ClaimDesk reads, nor plain text: kept, nothing applied.'
          : `ClaimDesk does not apply ${file.kind} files: kept, nothing applied.`
    recordOutcome(db, file.id, { status: 'stored', outcome, detail: {}, by: ctx.user, at: ctx.at })
    return { file: getFile(db, file.id), detail: {} }
  }
  const text = bufferView(bytes ?? fileContent(db, file.id)).toString('latin1')
  let detail: unknown = {}
  try {
    db.transaction(() => {
      const result = processor(db, file, text, ctx)
      recordOutcome(db, file.id, {
        status: 'processed',
        outcome: result.outcome,
        detail: result.kept ?? result.detail,
        by: ctx.user,
        at: ctx.at,
      })
      detail = result.detail
    })()
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    recordOutcome(db, file.id, {
      status: 'refused',
      outcome: err.message,
      detail: {},
      by: ctx.user,
      at: ctx.at,
    })
  }
  return { file: getFile(db, file.id), detail }
}
