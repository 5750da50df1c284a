/**
 * Voiding a payment entered by mistake: every ledger line it posted is reversed by a new line
 * (nothing is deleted), and the payment is marked void with who, when and why.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import { reverseEntries, type PostedBy } from '../ledger/entries'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'

export function voidPayment(
  db: Database.Database,
  v: { paymentId: number; reason: string; effectiveDate: string },
  by: PostedBy,
): { patientId: number | null; reversedIds: number[] } {
  const payment = firstRow(
    db,
    storeQuery.selectFrom('payments').selectAll().where('id', '=', v.paymentId),
  )
  if (!payment) throw new DomainError('not_found', `There is no payment #${v.paymentId}.`)
  refuseVoidedAgain(payment, `Payment #${v.paymentId}`)
  if (payment.source !== 'patient') {
    throw new DomainError(
      'conflict',
      `Payment #${v.paymentId} is an insurance payment: void it as a check (entered by hand), or let the payer reverse it in an 835.`,
    )
  }
  if (payment.deposit_id !== null) {
    throw new DomainError(
      'conflict',
      `Payment #${v.paymentId} is on deposit #${payment.deposit_id}, already at the bank: record a refund instead of voiding it.`,
    )
  }
  const lines = openLinesOf(db, v.paymentId)
  if (lines.some((l) => l.kind === 'refund')) {
    throw new DomainError(
      'conflict',
      `Part of payment #${v.paymentId} was refunded to the patient, so it cannot be voided.`,
    )
  }
  const reversedIds = reverseEntries(
    db,
    lines.map((l) => l.id),
    {
      ...by,
      effectiveDate: v.effectiveDate,
      source: `payment #${v.paymentId} voided`,
      memo: v.reason,
    },
  )
  markVoided(db, v.paymentId, v.reason, by)
  return { patientId: payment.patient_id, reversedIds }
}

/** The payment's ledger lines not yet reversed, oldest first. */
export function openLinesOf(db: Database.Database, paymentId: number) {
  return allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries as l')
      .select(['l.id', 'l.kind', 'l.claim_id'])
      .where('l.payment_id', '=', paymentId)
      .where('l.reverses_id', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('ledger_entries as r')
              .select('r.id')
              .whereRef('r.reverses_id', '=', 'l.id'),
          ),
        ),
      )
      .orderBy('l.id'),
  )
}

/** A payment is voided once: the second time says when and by whom. */
export function refuseVoidedAgain(
  payment: { voided_at: string | null; voided_by: string | null },
  what: string,
): void {
  if (payment.voided_at !== null) {
    throw new DomainError(
      'conflict',
      `${what} was already voided on ${payment.voided_at.slice(0, 10)} by ${payment.voided_by}.`,
    )
  }
}

/** Marks the payment void: who, when and why stay with it. */
export function markVoided(
  db: Database.Database,
  paymentId: number,
  reason: string,
  by: PostedBy,
): void {
  runQuery(
    db,
    storeQuery
      .updateTable('payments')
      .set({ voided_at: by.at, voided_by: by.user, void_reason: reason })
      .where('id', '=', paymentId),
  )
}
