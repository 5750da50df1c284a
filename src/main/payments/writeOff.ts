/**
 * Writing off what a patient owes: a small balance not worth a statement, a courtesy, bad debt
 * sent to collections or forgiven, a hardship. Always with a category and a reason, which the
 * ledger keeps (reason_code, memo) for reports and the audit.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents, formatCents } from '../../shared/money'
import type { WRITE_OFF_CATEGORIES } from '../../shared/ops/payments'
import { WRITE_OFF_CATEGORY_LABELS } from '../../shared/ops/payments'
import { DomainError } from '../errors'
import { postEntries, type PostedBy } from '../ledger/entries'
import { spread } from './apply'
import { billedVisitLines, patientExists } from './places'

export type WriteOffCategory = (typeof WRITE_OFF_CATEGORIES)[number]

export interface WriteOffInput {
  patientId: number
  visitId: number
  lineNo?: number | undefined
  /** Everything the patient owes on the visit (or line) when left out. */
  amountCents?: number | undefined
  category: WriteOffCategory
  reason: string
  effectiveDate: string
}

export function writeOff(
  db: Database.Database,
  w: WriteOffInput,
  by: PostedBy,
): { writtenOffCents: number; entryIds: number[] } {
  patientExists(db, w.patientId)
  let lines = billedVisitLines(db, w.patientId, w.visitId)
  if (w.lineNo !== undefined) lines = lines.filter((l) => l.lineNo === w.lineNo)
  const owed = lines.reduce((s, l) => s + Math.max(0, l.patientCents), 0)
  const amount = w.amountCents ?? owed
  if (amount <= 0) {
    throw new DomainError(
      'conflict',
      `The patient owes nothing on visit #${w.visitId} to write off.`,
    )
  }
  if (amount > owed) {
    throw new DomainError(
      'conflict',
      `The patient owes ${formatCents(cents(owed))} on visit #${w.visitId}: a write-off of ${formatCents(cents(amount))} would be more than that.`,
      'amountCents',
    )
  }
  const entryIds = postEntries(
    db,
    spread(lines, amount).allocations.map((a) => ({
      kind: 'write_off' as const,
      effectiveDate: w.effectiveDate,
      patientId: w.patientId,
      visitId: a.visitId,
      lineNo: a.lineNo,
      insuranceCents: 0,
      patientCents: -a.cents,
      reasonCode: w.category,
      source: `${WRITE_OFF_CATEGORY_LABELS[w.category]} write-off`,
      memo: w.reason,
    })),
    by,
  )
  return { writtenOffCents: amount, entryIds }
}
