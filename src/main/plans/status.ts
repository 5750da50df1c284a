/**
 * Where a plan stands on a given day. Nothing here is stored: the money paid toward the plan is
 * the patient payments received since it started (less refunds), applied to the scheduled items
 * first-in first-out. A new balance after the start is not added to the plan; it shows as
 * "outside the plan" until someone makes a new plan for it.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Selectable } from 'kysely'
import type { PaymentPlansTable } from '../store/schema-plans'
import { ofPatients } from '../ledger/ofPatients'
import { firstRow, storeQuery } from '../store/sync-query'
import { planSchedule, type PlanTerms } from './schedule'

export type PlanRow = Selectable<PaymentPlansTable>

export type ItemStatus = 'paid' | 'missed' | 'due' | 'upcoming'

export interface PlanItem {
  number: number
  dueDate: string
  amountCents: number
  paidCents: number
  status: ItemStatus
}

export interface PlanStanding {
  items: PlanItem[]
  paidCents: number
  remainingCents: number
  /** Still unpaid on installments whose due date has passed. */
  missedCents: number
  /** The first installment not yet due in full (what is left of it). */
  next: { number: number; dueDate: string; amountCents: number } | null
  paidOff: boolean
  /** What the account owes now (credit taken off). */
  accountBalanceCents: number
  /** Owed on the account beyond what is left of the plan: not in the plan. */
  outsideCents: number
}

export function termsOf(row: PlanRow): PlanTerms {
  return {
    totalCents: row.total_cents,
    downPaymentCents: row.down_payment_cents,
    installmentCents: row.installment_cents,
    installments: row.installments,
    frequency: row.frequency,
    firstDue: row.first_due,
    remainder: row.remainder,
    startDate: row.start_date,
  }
}

/** What the account's patients owe together (patient share, credit on account negative). */
export function accountBalance(db: Database.Database, patientIds: number[]): number {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('ledger_entries as l')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('l.patient_cents'), eb.lit(0)).as('owed'))
      .where((eb) => ofPatients(eb, patientIds)),
  )
  return row?.owed ?? 0
}

/** Patient payments (not voided) received from `from` through `to`, less refunds in that time. */
export function paidBetween(
  db: Database.Database,
  patientIds: number[],
  from: string,
  to: string,
): number {
  const ids = patientIds.length ? patientIds : [-1]
  const paid = firstRow(
    db,
    storeQuery
      .selectFrom('payments')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_cents'), eb.lit(0)).as('c'))
      .where('source', '=', 'patient')
      .where('voided_at', 'is', null)
      .where('patient_id', 'in', ids)
      .where('received_date', '>=', from)
      .where('received_date', '<=', to),
  )
  const refunded = firstRow(
    db,
    storeQuery
      .selectFrom('ledger_entries as l')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('l.patient_cents'), eb.lit(0)).as('c'))
      .where('l.kind', '=', 'refund')
      .where((eb) => ofPatients(eb, patientIds))
      .where('l.effective_date', '>=', from)
      .where('l.effective_date', '<=', to),
  )
  return Math.max(0, (paid?.c ?? 0) - Math.abs(refunded?.c ?? 0))
}

/** Applies `paid` to the schedule oldest first and says what is paid, missed, due. */
export function applyFifo(
  schedule: { number: number; dueDate: string; amountCents: number }[],
  paid: number,
  asOf: string,
): Pick<PlanStanding, 'items' | 'missedCents' | 'next'> {
  let left = paid
  let missedCents = 0
  let next: PlanStanding['next'] = null
  const items = schedule.map((s): PlanItem => {
    const paidCents = Math.min(left, s.amountCents)
    left -= paidCents
    let status: ItemStatus
    if (paidCents === s.amountCents) status = 'paid'
    else if (s.dueDate < asOf) {
      status = 'missed'
      missedCents += s.amountCents - paidCents
    } else if (next === null) {
      status = 'due'
      next = { number: s.number, dueDate: s.dueDate, amountCents: s.amountCents - paidCents }
    } else status = 'upcoming'
    return { ...s, paidCents, status }
  })
  return { items, missedCents, next }
}

/** The plan as of `asOf` (an ended plan: as of the day it ended). */
export function planStanding(
  db: Database.Database,
  row: PlanRow,
  patientIds: number[],
  asOf: string,
): PlanStanding {
  const until = row.ended_at ? row.ended_at.slice(0, 10) : asOf
  const schedule = planSchedule(termsOf(row))
  const paidCents = Math.min(
    row.total_cents,
    paidBetween(db, patientIds, row.start_date, until < asOf ? until : asOf),
  )
  const remainingCents = row.total_cents - paidCents
  const balance = accountBalance(db, patientIds)
  return {
    ...applyFifo(schedule, paidCents, until < asOf ? until : asOf),
    paidCents,
    remainingCents,
    paidOff: remainingCents === 0,
    accountBalanceCents: balance,
    outsideCents: Math.max(0, balance - remainingCents),
  }
}
