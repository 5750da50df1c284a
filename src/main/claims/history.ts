import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimHistoryEntry, ClaimStatus } from '../../shared/schemas/claim'
import { storeQuery, allRows, statement } from '../store/sync-query'

export interface HistoryNote {
  user: string
  at: string
  from: ClaimStatus | null
  to: ClaimStatus
  reason: string
  /** The file the change came from: the 837 batch, a 999, a 277CA or an 835. */
  sourceFile?: string | null
}

// Compiled once: an 835 or 277CA appends a line for each of thousands of claims.
let insertSql: string | undefined

/** Appends one line to a claim's history; nothing ever edits or removes one. */
export function recordHistory(db: Database.Database, claimId: number, note: HistoryNote): void {
  insertSql ??= storeQuery
    .insertInto('claim_history')
    .values({
      claim_id: 0,
      at: '',
      user: '',
      from_status: null,
      to_status: 'draft',
      reason: '',
      source_file: null,
    })
    .compile().sql
  statement(db, insertSql).run(
    claimId,
    note.at,
    note.user,
    note.from,
    note.to,
    note.reason,
    note.sourceFile ?? null,
  )
}

/** The claim's timeline, oldest first. */
export function historyOf(db: Database.Database, claimId: number): ClaimHistoryEntry[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('claim_history')
      .select(['at', 'user', 'from_status', 'to_status', 'reason', 'source_file'])
      .where('claim_id', '=', claimId)
      .orderBy('id'),
  ).map((r) => ({
    at: r.at,
    user: r.user,
    from: r.from_status,
    to: r.to_status,
    reason: r.reason,
    sourceFile: r.source_file,
  }))
}
