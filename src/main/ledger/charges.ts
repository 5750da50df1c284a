/**
 * Charges enter the ledger when a visit is billed: one charge line per service line, owed by
 * insurance when the visit has coverage (the claim goes out) and by the patient when it is
 * self-pay. Posting is once per visit: billing again finds the charges already there.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ServiceLine } from '../../shared/schemas/visit'
import { firstRow, storeQuery } from '../store/sync-query'
import { postEntries, type PostedBy } from './entries'

export interface VisitCharges {
  visitId: number
  patientId: number
  dateOfService: string
  lines: readonly ServiceLine[]
  /** Whether a payer is billed first (a claim is made) or the patient owes it all. */
  insured: boolean
}

export function chargesPosted(db: Database.Database, visitId: number): boolean {
  return (
    firstRow(
      db,
      storeQuery
        .selectFrom('ledger_entries')
        .select('id')
        .where('visit_id', '=', visitId)
        .where('kind', '=', 'charge')
        .limit(1),
    ) !== undefined
  )
}

/** Posts the visit's charges unless they already are; returns the new ledger line ids. */
export function postVisitCharges(
  db: Database.Database,
  visit: VisitCharges,
  by: PostedBy,
): number[] {
  if (chargesPosted(db, visit.visitId)) return []
  return postEntries(
    db,
    visit.lines.map((line, i) => ({
      kind: 'charge' as const,
      effectiveDate: visit.dateOfService,
      patientId: visit.patientId,
      visitId: visit.visitId,
      lineNo: i + 1,
      insuranceCents: visit.insured ? line.chargeCents : 0,
      patientCents: visit.insured ? 0 : line.chargeCents,
      source: `visit #${visit.visitId}`,
      memo: [line.code, ...line.modifiers].join(' '),
    })),
    by,
  )
}
