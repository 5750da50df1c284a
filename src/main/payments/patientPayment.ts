/**
 * A patient pays: cash, a check (its number kept), or a card (only its last 4 digits, never the
 * number). The money pays visit balances oldest first or the visits chosen; what is left stays
 * on the account as unapplied credit, visibly, until it is applied or refunded.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents, formatCents } from '../../shared/money'
import { DomainError } from '../errors'
import type { PostedBy } from '../ledger/entries'
import { runQuery, storeQuery } from '../store/sync-query'
import {
  oldestFirst,
  postPaymentLines,
  toChosenVisits,
  type Allocation,
  type ChosenVisit,
} from './apply'
import { patientExists } from './places'

export const PATIENT_METHODS = ['cash', 'check', 'card'] as const
export type PatientMethod = (typeof PATIENT_METHODS)[number]

export interface PatientPaymentInput {
  patientId: number
  amountCents: number
  method: PatientMethod
  checkNumber?: string | undefined
  cardLast4?: string | undefined
  receivedDate: string
  memo?: string | undefined
  /** oldest: oldest visits first; visits: the chosen ones; credit: all of it on the account. */
  apply: 'oldest' | 'visits' | 'credit'
  visits?: readonly ChosenVisit[] | undefined
  /** With chosen visits: whatever they do not take goes to credit (otherwise refused). */
  restToCredit?: boolean | undefined
}

export interface PostedPayment {
  paymentId: number
  appliedCents: number
  creditCents: number
  allocations: Allocation[]
}

/** Card data beyond the last 4 digits must never be stored (PCI DSS). */
export function cardLast4(text: string | undefined): string {
  const digits = (text ?? '').trim()
  if (!/^\d{4}$/.test(digits)) {
    throw new DomainError(
      'invalid_input',
      'Enter only the last 4 digits of the card: ClaimDesk never keeps a card number.',
      'cardLast4',
    )
  }
  return digits
}

function reference(p: PatientPaymentInput): { reference: string; last4: string | null } {
  if (p.method === 'card') return { reference: '', last4: cardLast4(p.cardLast4) }
  if (p.cardLast4) {
    throw new DomainError('invalid_input', 'Card digits go with card payments only.', 'cardLast4')
  }
  if (p.method === 'check') {
    const number = (p.checkNumber ?? '').trim()
    if (!/^[0-9A-Za-z-]{1,30}$/.test(number)) {
      throw new DomainError('invalid_input', 'Enter the check number.', 'checkNumber')
    }
    return { reference: number, last4: null }
  }
  return { reference: '', last4: null }
}

function where(
  db: Database.Database,
  p: PatientPaymentInput,
): { allocations: Allocation[]; creditCents: number } {
  if (p.apply === 'credit') return { allocations: [], creditCents: p.amountCents }
  if (p.apply === 'oldest') {
    const { allocations, restCents } = oldestFirst(db, p.patientId, p.amountCents)
    return { allocations, creditCents: restCents }
  }
  if (!p.visits || p.visits.length === 0) {
    throw new DomainError('invalid_input', 'Choose the visits this payment pays.', 'visits')
  }
  const allocations = toChosenVisits(db, p.patientId, p.visits)
  const applied = allocations.reduce((s, a) => s + a.cents, 0)
  const rest = p.amountCents - applied
  if (rest < 0) {
    throw new DomainError(
      'invalid_input',
      `The visits chosen add up to ${formatCents(cents(applied))}, more than the ${formatCents(cents(p.amountCents))} received.`,
      'visits',
    )
  }
  if (rest > 0 && !p.restToCredit) {
    throw new DomainError(
      'conflict',
      `${formatCents(cents(rest))} of the ${formatCents(cents(p.amountCents))} is left over after the chosen visits: put it on the account as credit, or choose more visits.`,
      'restToCredit',
    )
  }
  return { allocations, creditCents: rest }
}

/** Records the payment and its ledger lines. Call inside one transaction. */
export function postPatientPayment(
  db: Database.Database,
  p: PatientPaymentInput,
  by: PostedBy,
): PostedPayment {
  cents(p.amountCents)
  if (p.amountCents <= 0) {
    throw new DomainError('invalid_input', 'A payment must be more than $0.00.', 'amountCents')
  }
  patientExists(db, p.patientId)
  const ref = reference(p)
  const { allocations, creditCents } = where(db, p)
  const paymentId = Number(
    runQuery(
      db,
      storeQuery.insertInto('payments').values({
        source: 'patient',
        method: p.method,
        received_date: p.receivedDate,
        amount_cents: p.amountCents,
        payer_id: null,
        patient_id: p.patientId,
        reference: ref.reference,
        trace_key: null,
        card_last4: ref.last4,
        inbound_file_id: null,
        deposit_id: null,
        memo: p.memo ?? '',
        recorded_at: by.at,
        recorded_by: by.user,
        voided_at: null,
        voided_by: null,
        void_reason: null,
      }),
    ).lastInsertRowid,
  )
  const label =
    p.method === 'check'
      ? `check ${ref.reference}`
      : p.method === 'card'
        ? `card ending ${ref.last4}`
        : 'cash'
  postPaymentLines(
    db,
    {
      patientId: p.patientId,
      paymentId,
      effectiveDate: p.receivedDate,
      allocations,
      creditCents,
      source: `payment #${paymentId}, ${label}`,
      memo: p.memo ?? '',
    },
    by,
  )
  return {
    paymentId,
    appliedCents: p.amountCents - creditCents,
    creditCents,
    allocations,
  }
}
