import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'
import { sql } from 'kysely'
import { canonicalJson, toJsonData } from './canonical-json'
import type { SignedAuditHead } from './keyring-file'
import type { AuditLogTable } from './schema'
import { allRows, firstRow, runQuery, storeQuery } from './sync-query'

/** prev_hash of the first entry: nothing came before it. */
export const GENESIS_HASH = '0'.repeat(64)

export interface AuditEntry {
  userId: number | null
  username: string | null
  action: string
  patientId?: number | null
  detail?: Record<string, unknown>
  /** ISO-8601; defaults to now. */
  at?: string
}

export interface AuditRow {
  id: number
  at: string
  userId: number | null
  username: string | null
  action: string
  patientId: number | null
  detail: Record<string, unknown>
  prevHash: string
  hash: string
}

export type AuditVerdict =
  { ok: true; count: number } | { ok: false; count: number; entryId: number; reason: string }

/** `from` is inclusive and `to` exclusive (ISO-8601 strings compared as text). */
export interface AuditFilter {
  userId?: number
  username?: string
  action?: string
  /** Any of these actions (an action type: every operation that views a patient's records). */
  actions?: readonly string[]
  /** Actions matching a LIKE pattern ('auth.%', '%.denied'). */
  actionLike?: string
  patientId?: number
  from?: string
  to?: string
  limit?: number
  beforeId?: number
}

type StoredRow = Omit<AuditLogTable, 'id' | 'detail'> & { id: number; detail: string }

interface HashedFields {
  id: number
  at: string
  userId: number | null
  username: string | null
  action: string
  patientId: number | null
  detail: unknown
}

export function auditHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(fields)}`, 'utf8')
    .digest('hex')
}

/**
 * Appends one entry chained to the last. Safe inside a caller's transaction (it becomes a
 * savepoint), so an audited change and its entry commit or roll back together.
 */
export function appendAudit(db: Database.Database, entry: AuditEntry): number {
  const detail = toJsonData(entry.detail ?? {})
  return db
    .transaction(() => {
      const last = firstRow(
        db,
        storeQuery.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1),
      )
      const fields: HashedFields = {
        id: (last?.id ?? 0) + 1,
        at: entry.at ?? new Date().toISOString(),
        userId: entry.userId,
        username: entry.username,
        action: entry.action,
        patientId: entry.patientId ?? null,
        detail,
      }
      const prevHash = last?.hash ?? GENESIS_HASH
      runQuery(db, storeQuery.insertInto('audit_log').values(toStored(fields, prevHash)))
      return fields.id
    })
    .immediate()
}

function toStored(fields: HashedFields, prevHash: string): StoredRow {
  return {
    id: fields.id,
    at: fields.at,
    user_id: fields.userId,
    username: fields.username,
    action: fields.action,
    patient_id: fields.patientId,
    detail: canonicalJson(fields.detail),
    prev_hash: prevHash,
    hash: auditHash(prevHash, fields),
  }
}

/**
 * Walks the log oldest first and names the first entry that does not check out. `count` is the
 * number of entries in the log. Removing entries from the very end cannot be seen from the chain
 * alone.
 */
export function verifyAudit(db: Database.Database): AuditVerdict {
  const count = firstRow(
    db,
    storeQuery.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')),
  )?.n
  const rows = db.prepare<[], StoredRow>('SELECT * FROM audit_log ORDER BY id').iterate()
  let prev = { id: 0, hash: GENESIS_HASH }
  for (const row of rows) {
    const reason = problemWith(row, prev)
    if (reason !== null) return { ok: false, count: count ?? 0, entryId: row.id, reason }
    prev = { id: row.id, hash: row.hash }
  }
  return { ok: true, count: count ?? 0 }
}

function problemWith(row: StoredRow, prev: { id: number; hash: string }): string | null {
  if (row.id !== prev.id + 1 || row.prev_hash !== prev.hash) {
    return prev.id === 0 && row.id !== 1
      ? `Audit entry ${row.id} is the first one left: the entries before it were removed.`
      : `The chain breaks at audit entry ${row.id}: an entry just before it was removed or altered.`
  }
  let detail: unknown
  try {
    detail = JSON.parse(row.detail)
  } catch {
    return `Audit entry ${row.id} was altered after it was written (its detail is unreadable).`
  }
  const expected = auditHash(row.prev_hash, {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    action: row.action,
    patientId: row.patient_id,
    detail,
  })
  return expected === row.hash ? null : `Audit entry ${row.id} was altered after it was written.`
}

/** Newest first; pages with `beforeId` (the smallest id of the previous page). */
export function queryAudit(db: Database.Database, filter: AuditFilter = {}): AuditRow[] {
  let query = storeQuery.selectFrom('audit_log').selectAll().orderBy('id', 'desc')
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId)
  if (filter.username !== undefined) {
    query = query.where(sql<boolean>`username = ${filter.username} COLLATE NOCASE`)
  }
  if (filter.action !== undefined) query = query.where('action', '=', filter.action)
  if (filter.actions !== undefined) query = query.where('action', 'in', [...filter.actions, ''])
  if (filter.actionLike !== undefined) query = query.where('action', 'like', filter.actionLike)
  if (filter.patientId !== undefined) query = query.where('patient_id', '=', filter.patientId)
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from)
  if (filter.to !== undefined) query = query.where('at', '<', filter.to)
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId)
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 100), 1), 1000)
  return allRows(db, query.limit(limit)).map(toAuditRow)
}

function toAuditRow(row: StoredRow): AuditRow {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    action: row.action,
    patientId: row.patient_id,
    detail: readableDetail(row.detail),
    prevHash: row.prev_hash,
    hash: row.hash,
  }
}

/** An altered, unreadable detail must not hide the rest of the log; verifyAudit reports it. */
function readableDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The stored rows with id above `afterId`, oldest first, as the log holds them. */
export function auditRowsAfter(db: Database.Database, afterId = 0): AuditRow[] {
  return db
    .prepare<[number], StoredRow>('SELECT * FROM audit_log WHERE id > ? ORDER BY id')
    .all(afterId)
    .map(toAuditRow)
}

/** The last entry's id and hash (id 0 and the genesis hash for an empty log). */
export function auditHead(db: Database.Database): AuditHead {
  const last = firstRow(
    db,
    storeQuery.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1),
  )
  return { count: last?.id ?? 0, lastHash: last?.hash ?? GENESIS_HASH }
}

/**
 * A restore must not erase history: the entries the replaced log holds beyond the backup's are
 * appended to the restored log, each with what it was (`carriedFrom`: its old id and hash), in
 * their original order and times. When the replaced log does not continue the backup's (another
 * history), all of it is carried. Returns how many were carried.
 */
export function carryAuditInto(db: Database.Database, replaced: AuditRow[]): number {
  const head = auditHead(db)
  const common = replaced.find((row) => row.id === head.count)
  const fromId = common && common.hash === head.lastHash ? head.count : 0
  const carried = replaced.filter((row) => row.id > fromId)
  db.transaction(() => {
    for (const row of carried) {
      appendAudit(db, {
        userId: row.userId,
        username: row.username,
        action: row.action,
        patientId: row.patientId,
        at: row.at,
        detail: { ...row.detail, carriedFrom: { id: row.id, hash: row.hash } },
      })
    }
  })()
  return carried.length
}

export interface AuditHead {
  count: number
  lastHash: string
}

/** A witness of the head kept outside the database: the keyring file, or a backup. */
export interface HeadWitness {
  source: string
  head: SignedAuditHead
}

function headKey(dbKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dbKey, Buffer.alloc(0), 'claimdesk-audit-head', 32))
}

export function signAuditHead(dbKey: Buffer, head: AuditHead): SignedAuditHead {
  const mac = createHmac('sha256', headKey(dbKey))
    .update(`claimdesk-audit-head\n${head.count}\n${head.lastHash}`, 'utf8')
    .digest('hex')
  return { count: head.count, lastHash: head.lastHash, mac }
}

export function headIsAuthentic(dbKey: Buffer, head: SignedAuditHead): boolean {
  const expected = Buffer.from(signAuditHead(dbKey, head).mac, 'hex')
  const given = Buffer.from(head.mac, 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/**
 * The chain walk, then every witness of the head: the log must still contain the entry each
 * witness saw last, with the same hash. Entries removed from the end, a log emptied, or a log
 * re-hashed after an edit all fail here even though the chain alone would check out.
 */
export function verifyAuditWithHeads(
  db: Database.Database,
  dbKey: Buffer,
  witnesses: HeadWitness[],
): AuditVerdict {
  const verdict = verifyAudit(db)
  if (!verdict.ok) return verdict
  for (const { source, head } of witnesses) {
    if (!headIsAuthentic(dbKey, head)) {
      return {
        ok: false,
        count: verdict.count,
        entryId: 0,
        reason: `The audit head recorded in ${source} was altered (its authentication fails).`,
      }
    }
    if (head.count === 0) continue
    if (verdict.count < head.count) {
      return {
        ok: false,
        count: verdict.count,
        entryId: verdict.count + 1,
        reason: `The log was cut short: ${source} saw ${head.count} entries, only ${verdict.count} are left.`,
      }
    }
    const row = firstRow(
      db,
      storeQuery.selectFrom('audit_log').select('hash').where('id', '=', head.count),
    )
    if (row?.hash !== head.lastHash) {
      return {
        ok: false,
        count: verdict.count,
        entryId: head.count,
        reason: `Audit entry ${head.count} is not the one ${source} recorded: the log was altered and re-chained.`,
      }
    }
  }
  return verdict
}
