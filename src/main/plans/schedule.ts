/**
 * A payment plan's schedule, worked out from its terms alone (nothing about it is stored but the
 * terms): the down payment, then installments weekly, every two weeks or monthly. Integer cents
 * throughout; the items always add up to the plan's total exactly.
 */
import { cents, formatCents } from '../../shared/money'
import { DomainError } from '../errors'

export const FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const
export type Frequency = (typeof FREQUENCIES)[number]
export type Remainder = 'first' | 'last'

/** A plan longer than this is a typing mistake more often than an agreement. */
export const MAX_INSTALLMENTS = 120

export interface PlanTerms {
  totalCents: number
  downPaymentCents: number
  /** Exactly one of installmentCents and installments. */
  installmentCents: number | null
  installments: number | null
  frequency: Frequency
  firstDue: string
  remainder: Remainder
  /** The day the plan starts: the down payment is due that day. */
  startDate: string
}

export interface ScheduledItem {
  /** 0 for the down payment, then 1, 2, … */
  number: number
  dueDate: string
  amountCents: number
}

const money = (c: number) => formatCents(cents(c))

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The k-th monthly due date after `first`, on the same day of the month; a month without that
 * day (Jan 31 → February) falls back to its last day, and the next month returns to the 31st.
 */
export function monthlyDue(first: string, k: number): string {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + k
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const day = Math.min(d, daysInMonth(year, month))
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export function dueDate(frequency: Frequency, first: string, k: number): string {
  if (frequency === 'monthly') return monthlyDue(first, k)
  return plusDays(first, k * (frequency === 'weekly' ? 7 : 14))
}

/** The installment amounts (without dates) for the part of the total after the down payment. */
function amounts(financed: number, t: PlanTerms): number[] {
  if (t.installments !== null) {
    const n = t.installments
    const base = Math.floor(financed / n)
    const rest = financed - base * n
    const list = Array.from({ length: n }, () => base)
    list[t.remainder === 'first' ? 0 : n - 1]! += rest
    return list
  }
  const each = t.installmentCents!
  const n = Math.ceil(financed / each)
  const odd = financed - each * (n - 1)
  const list = Array.from({ length: n }, () => each)
  list[t.remainder === 'first' ? 0 : n - 1] = odd
  return list
}

function check(t: PlanTerms): void {
  const bad = (message: string, field: string) => {
    throw new DomainError('invalid_input', message, field)
  }
  for (const [v, f] of [
    [t.totalCents, 'totalCents'],
    [t.downPaymentCents, 'downPaymentCents'],
  ] as const) {
    if (!Number.isInteger(v)) bad('Amounts are whole cents.', f)
  }
  if (t.totalCents <= 0) bad('The plan total must be more than $0.00.', 'totalCents')
  if (t.downPaymentCents < 0) bad('The down payment cannot be negative.', 'downPaymentCents')
  if (t.downPaymentCents >= t.totalCents)
    bad(
      `The down payment (${money(t.downPaymentCents)}) pays the whole ${money(t.totalCents)}: no plan is needed.`,
      'downPaymentCents',
    )
  if ((t.installmentCents === null) === (t.installments === null))
    bad('Give either the installment amount or the number of installments.', 'installmentCents')
  if (t.installments !== null && (!Number.isInteger(t.installments) || t.installments < 1))
    bad('The number of installments must be 1 or more.', 'installments')
  if (
    t.installmentCents !== null &&
    (!Number.isInteger(t.installmentCents) || t.installmentCents <= 0)
  )
    bad('The installment must be more than $0.00.', 'installmentCents')
  if (t.firstDue < t.startDate)
    bad('The first installment cannot be due before the plan starts.', 'firstDue')
}

/** The down payment (when there is one) and every installment, in due order. */
export function planSchedule(t: PlanTerms): ScheduledItem[] {
  check(t)
  const financed = t.totalCents - t.downPaymentCents
  if (t.installments !== null && t.installments > financed)
    throw new DomainError(
      'invalid_input',
      `${t.installments} installments would be less than a cent each.`,
      'installments',
    )
  const list = amounts(financed, t)
  if (list.length > MAX_INSTALLMENTS)
    throw new DomainError(
      'invalid_input',
      `That makes ${list.length} installments; a plan can have at most ${MAX_INSTALLMENTS}. Raise the installment amount.`,
      t.installments !== null ? 'installments' : 'installmentCents',
    )
  const items: ScheduledItem[] = []
  if (t.downPaymentCents > 0)
    items.push({ number: 0, dueDate: t.startDate, amountCents: t.downPaymentCents })
  list.forEach((amountCents, k) =>
    items.push({ number: k + 1, dueDate: dueDate(t.frequency, t.firstDue, k), amountCents }),
  )
  return items
}
