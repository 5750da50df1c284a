/**
 * Transfers move an amount without money coming in or going out: a patient payment from one
 * visit to another (or back to credit on the account), or responsibility for a balance between
 * insurance and the patient (bill the patient what insurance will not pay; put a balance back
 * to insurance when a claim is to be resent).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents, formatCents } from '../../shared/money'
import { DomainError } from '../errors'
import { postEntries, type LedgerEntryInput, type PostedBy } from '../ledger/entries'
import { toChosenVisits } from './apply'
import { billedVisitLines, draw, holdings, patientExists, type OpenLine } from './places'

const money = (c: number) => formatCents(cents(c))

export interface PaymentTransferInput {
  patientId: number
  fromVisitId: number
  fromLineNo?: number | undefined
  /** null: onto the account as unapplied credit. */
  toVisitId: number | null
  toLineNo?: number | undefined
  amountCents: number
  effectiveDate: string
  reason: string
}

/** Moves patient payments applied to one visit onto another visit or onto the account. */
export function transferPayment(
  db: Database.Database,
  t: PaymentTransferInput,
  by: PostedBy,
): number[] {
  patientExists(db, t.patientId)
  if (t.toVisitId === t.fromVisitId && t.toLineNo === t.fromLineNo) {
    throw new DomainError(
      'invalid_input',
      'Choose a different visit to move the payment to.',
      'toVisitId',
    )
  }
  const held = holdings(db, t.patientId).filter(
    (h) => h.visitId === t.fromVisitId && (t.fromLineNo === undefined || h.lineNo === t.fromLineNo),
  )
  const pieces = draw(
    held,
    t.amountCents,
    (have) =>
      `Patient payments on visit #${t.fromVisitId} come to ${money(have)}, less than the ${money(t.amountCents)} to move.`,
  )
  const targets =
    t.toVisitId === null
      ? [{ visitId: null, lineNo: null, cents: t.amountCents }]
      : toChosenVisits(db, t.patientId, [
          { visitId: t.toVisitId, lineNo: t.toLineNo, amountCents: t.amountCents },
        ])
  const entries: LedgerEntryInput[] = []
  const queue = targets.map((x) => ({ ...x }))
  for (const { holding, cents: c } of pieces) {
    let left = c
    const common = {
      kind: 'transfer' as const,
      effectiveDate: t.effectiveDate,
      patientId: t.patientId,
      paymentId: holding.paymentId,
      insuranceCents: 0,
      source: `payment #${holding.paymentId} moved from visit #${t.fromVisitId} to ${t.toVisitId === null ? 'credit on the account' : `visit #${t.toVisitId}`}`,
      memo: t.reason,
    }
    entries.push({ ...common, visitId: holding.visitId, lineNo: holding.lineNo, patientCents: c })
    while (left > 0) {
      const target = queue[0]!
      const take = Math.min(left, target.cents)
      entries.push({
        ...common,
        visitId: target.visitId,
        lineNo: target.lineNo,
        patientCents: -take,
      })
      target.cents -= take
      left -= take
      if (target.cents === 0) queue.shift()
    }
  }
  return postEntries(db, entries, by)
}

export interface ResponsibilityTransferInput {
  patientId: number
  visitId: number
  lineNo?: number | undefined
  direction: 'toPatient' | 'toInsurance'
  amountCents: number
  effectiveDate: string
  reason: string
}

/** Moves a balance between what insurance owes and what the patient owes on a visit. */
export function transferResponsibility(
  db: Database.Database,
  t: ResponsibilityTransferInput,
  by: PostedBy,
): number[] {
  patientExists(db, t.patientId)
  let lines: OpenLine[] = billedVisitLines(db, t.patientId, t.visitId)
  if (t.lineNo !== undefined) lines = lines.filter((l) => l.lineNo === t.lineNo)
  const toPatient = t.direction === 'toPatient'
  const owedBy = (l: OpenLine) => Math.max(0, toPatient ? l.insuranceCents : l.patientCents)
  const available = lines.reduce((s, l) => s + owedBy(l), 0)
  if (t.amountCents > available) {
    throw new DomainError(
      'conflict',
      `${toPatient ? 'Insurance' : 'The patient'} owes ${money(available)} on visit #${t.visitId}, less than the ${money(t.amountCents)} to move.`,
      'amountCents',
    )
  }
  const entries: LedgerEntryInput[] = []
  let left = t.amountCents
  for (const line of lines) {
    const take = Math.min(left, owedBy(line))
    if (take <= 0) continue
    entries.push({
      kind: 'transfer',
      effectiveDate: t.effectiveDate,
      patientId: t.patientId,
      visitId: line.visitId,
      lineNo: line.lineNo,
      insuranceCents: toPatient ? -take : take,
      patientCents: toPatient ? take : -take,
      source: toPatient
        ? 'moved from insurance to the patient'
        : 'moved from the patient to insurance',
      memo: t.reason,
    })
    left -= take
  }
  return postEntries(db, entries, by)
}
