/**
 * Which claims a sent 837 carried, read back from the batch's stored file: each transaction set
 * (ST02) with its claims (CLM01) and the position of each CLM in the set, so a 999 error at
 * "segment 22 of transaction 0001" points at the claim it is in.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { firstRow, storeQuery } from '../store/sync-query'
import { tokenize } from '../x12/tokenize'

export interface SentClaim {
  patientControlNumber: string
  /** Position of its CLM within its transaction set (ST = 1). */
  position: number
}

export interface SentBatch {
  batchId: number
  fileName: string
  interchangeControlNumber: number
  groupControlNumber: number
  /** ST02 → its claims in file order. */
  transactions: Map<string, SentClaim[]>
}

function readSent(row: {
  id: number
  file_name: string
  interchange_control_number: number
  group_control_number: number
  content: string
}): SentBatch {
  const transactions = new Map<string, SentClaim[]>()
  let current: SentClaim[] | undefined
  let start = 0
  for (const s of tokenize(row.content).segments) {
    if (s.id === 'ST') {
      current = []
      start = s.position
      transactions.set((s.elements[2] ?? '').trim(), current)
    } else if (s.id === 'CLM' && current) {
      current.push({
        patientControlNumber: (s.elements[1] ?? '').trim(),
        position: s.position - start + 1,
      })
    } else if (s.id === 'SE') {
      current = undefined
    }
  }
  return {
    batchId: row.id,
    fileName: row.file_name,
    interchangeControlNumber: row.interchange_control_number,
    groupControlNumber: row.group_control_number,
    transactions,
  }
}

const COLUMNS = [
  'id',
  'file_name',
  'interchange_control_number',
  'group_control_number',
  'content',
] as const

export function batchByGroup(db: Database.Database, group: number): SentBatch | undefined {
  const row = firstRow(
    db,
    storeQuery.selectFrom('batches').select(COLUMNS).where('group_control_number', '=', group),
  )
  return row ? readSent(row) : undefined
}

export function batchByInterchange(
  db: Database.Database,
  interchange: number,
): SentBatch | undefined {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('batches')
      .select(COLUMNS)
      .where('interchange_control_number', '=', interchange),
  )
  return row ? readSent(row) : undefined
}

/** The claim a segment position falls in: the last CLM at or before it (none in the header). */
export function claimAt(claims: readonly SentClaim[], position: number): SentClaim | undefined {
  let found: SentClaim | undefined
  for (const c of claims) {
    if (c.position <= position) found = c
    else break
  }
  return found
}
