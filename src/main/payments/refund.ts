/**
 * A refund gives back unapplied credit (an overpayment) to the patient. It draws on the credit
 * of the payments that made it, oldest first, so each payment's unapplied amount stays a sum.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents, formatCents } from '../../shared/money'
import { DomainError } from '../errors'
import { postEntries, type PostedBy } from '../ledger/entries'
import { cardLast4 } from './patientPayment'
import { creditHoldings, draw, patientExists } from './places'

export interface RefundInput {
  patientId: number
  amountCents: number
  method: 'cash' | 'check' | 'card'
  checkNumber?: string | undefined
  cardLast4?: string | undefined
  effectiveDate: string
  reason: string
}

export function refundCredit(
  db: Database.Database,
  r: RefundInput,
  by: PostedBy,
): { refundedCents: number; entryIds: number[] } {
  patientExists(db, r.patientId)
  if (r.amountCents <= 0) {
    throw new DomainError('invalid_input', 'A refund must be more than $0.00.', 'amountCents')
  }
  let how: string = 'cash'
  if (r.method === 'check') {
    const number = (r.checkNumber ?? '').trim()
    if (!number)
      throw new DomainError('invalid_input', 'Enter the refund check number.', 'checkNumber')
    how = `check ${number}`
  } else if (r.method === 'card') {
    how = `card ending ${cardLast4(r.cardLast4)}`
  }
  const pieces = draw(
    creditHoldings(db, r.patientId),
    r.amountCents,
    (have) =>
      `Only unapplied credit can be refunded: the account holds ${formatCents(cents(have))}, less than the ${formatCents(cents(r.amountCents))} asked.`,
  )
  const entryIds = postEntries(
    db,
    pieces.map(({ holding, cents: c }) => ({
      kind: 'refund' as const,
      effectiveDate: r.effectiveDate,
      patientId: r.patientId,
      paymentId: holding.paymentId,
      insuranceCents: 0,
      patientCents: c,
      source: `refund by ${how} of credit from payment #${holding.paymentId}`,
      memo: r.reason,
    })),
    by,
  )
  return { refundedCents: r.amountCents, entryIds }
}
