/**
 * The inbox's store: raw inbound files, kept encrypted in the database and keyed by SHA-256.
 * A file is stored in its own transaction before anything reads it, so a crash while it is
 * processed leaves it 'received' and it is processed again — never lost, never applied twice.
 */
import { createHash } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type {
  InboundFilesTable,
  InboundKind,
  InboundSource,
  InboundStatus,
} from '../store/schema-inbox'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'
import { detectKind } from './kind'

export interface InboundFile {
  id: number
  sha256: string
  receivedAt: string
  receivedBy: string
  source: InboundSource
  originalName: string
  kind: InboundKind
  size: number
  status: InboundStatus
  outcome: string
  detail: unknown
  processedAt: string | null
  processedBy: string | null
}

export interface Receipt {
  file: InboundFile
  /** True when these exact bytes were received before: nothing new was stored. */
  duplicate: boolean
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

type Row = Omit<InboundFilesTable, 'id' | 'outcome' | 'detail'> & {
  id: number
  outcome: string
  detail: string
}

const COLUMNS = [
  'id',
  'sha256',
  'received_at',
  'received_by',
  'source',
  'original_name',
  'kind',
  'size',
  'status',
  'outcome',
  'detail',
  'processed_at',
  'processed_by',
] as const

function toFile(row: Row): InboundFile {
  return {
    id: row.id,
    sha256: row.sha256,
    receivedAt: row.received_at,
    receivedBy: row.received_by,
    source: row.source,
    originalName: row.original_name,
    kind: row.kind,
    size: row.size,
    status: row.status,
    outcome: row.outcome,
    detail: JSON.parse(row.detail) as unknown,
    processedAt: row.processed_at,
    processedBy: row.processed_by,
  }
}

export interface ReceiveInput {
  bytes: Uint8Array
  /** The name it had on the server or disk: shown to people, never used to decide anything. */
  name: string
  source: InboundSource
  user: string
  at: string
}

/** Stores a file's bytes once; the same bytes again return the first receipt. */
export function receiveFile(db: Database.Database, input: ReceiveInput): Receipt {
  const hash = sha256(input.bytes)
  return db.transaction((): Receipt => {
    const seen = findByHash(db, hash)
    if (seen) return { file: seen, duplicate: true }
    const kind = detectKind(input.bytes)
    const id = Number(
      runQuery(
        db,
        storeQuery.insertInto('inbound_files').values({
          sha256: hash,
          received_at: input.at,
          received_by: input.user,
          source: input.source,
          original_name: input.name.slice(0, 255),
          kind,
          size: input.bytes.length,
          status: kind === 'text' ? 'stored' : 'received',
        }),
      ).lastInsertRowid,
    )
    runQuery(
      db,
      storeQuery
        .insertInto('inbound_file_contents')
        .values({ file_id: id, ...packed(input.bytes) }),
    )
    return { file: getFile(db, id), duplicate: false }
  })()
}

/**
 * X12 text deflates about tenfold in a few milliseconds, and every page it saves is one less to
 * encrypt and write in the commit that receives it; bytes that would not shrink stay raw.
 */
function packed(bytes: Uint8Array): { content: Buffer; packing: 'raw' | 'deflate' } {
  const deflated = deflateRawSync(bytes, { level: 1 })
  if (deflated.length < bytes.length * 0.9) return { content: deflated, packing: 'deflate' }
  // A view of the bytes, not a copy: SQLite copies them into the store.
  return { content: bufferView(bytes), packing: 'raw' }
}

/** The same bytes as a Buffer, without copying them (a file can be megabytes). */
export function bufferView(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

export function findByHash(db: Database.Database, hash: string): InboundFile | undefined {
  const row = firstRow(
    db,
    storeQuery.selectFrom('inbound_files').select(COLUMNS).where('sha256', '=', hash),
  )
  return row ? toFile(row) : undefined
}

export function getFile(db: Database.Database, id: number): InboundFile {
  const row = firstRow(
    db,
    storeQuery.selectFrom('inbound_files').select(COLUMNS).where('id', '=', id),
  )
  if (!row) throw new DomainError('not_found', `There is no inbound file #${id}.`, 'fileId')
  return toFile(row)
}

/** The raw bytes, exactly as received. */
export function fileContent(db: Database.Database, id: number): Buffer {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('inbound_file_contents')
      .select(['content', 'packing'])
      .where('file_id', '=', id),
  )
  if (!row) throw new DomainError('not_found', `There is no inbound file #${id}.`, 'fileId')
  return row.packing === 'deflate' ? inflateRawSync(row.content) : row.content
}

export function listFiles(
  db: Database.Database,
  options: { limit: number; offset?: number; kind?: InboundKind },
): InboundFile[] {
  let query = storeQuery
    .selectFrom('inbound_files')
    .select(COLUMNS)
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset ?? 0)
  if (options.kind) query = query.where('kind', '=', options.kind)
  return allRows(db, query).map(toFile)
}

export interface Outcome {
  status: Exclude<InboundStatus, 'received'>
  /** One line in the biller's words: "Posted 12 claims, $1,234.56" or why it was refused. */
  outcome: string
  detail: unknown
  by: string
  at: string
}

/** Records what processing did; call it inside the transaction that applied the file. */
export function recordOutcome(db: Database.Database, id: number, result: Outcome): void {
  runQuery(
    db,
    storeQuery
      .updateTable('inbound_files')
      .set({
        status: result.status,
        outcome: result.outcome,
        detail: JSON.stringify(result.detail ?? {}),
        processed_at: result.at,
        processed_by: result.by,
      })
      .where('id', '=', id),
  )
}
