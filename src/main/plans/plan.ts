/**
 * Payment plans for a guarantor account: make one (one active plan per account), end one with a
 * reason, and read them with where they stand. The account is the statement's account: a family's
 * patients under one guarantor share it, whichever of their account numbers is given.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents, formatCents } from '../../shared/money'
import { DomainError } from '../errors'
import { patientByAccount } from '../ledger/patientLedger'
import { guarantorAccounts } from '../statements/content'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'
import { planSchedule, type Frequency, type PlanTerms, type Remainder } from './schedule'
import { accountBalance, planStanding, type PlanRow, type PlanStanding } from './status'

export interface PlanAccount {
  accountNo: string
  guarantor: string
  guarantorPatientId: number
  patientIds: number[]
}

export interface PlanRequest {
  accountNo: string
  totalCents?: number | undefined
  downPaymentCents?: number | undefined
  installmentCents?: number | undefined
  installments?: number | undefined
  frequency: Frequency
  firstDue: string
  remainder?: Remainder | undefined
  /** End the account's active plan (reason: replaced) instead of refusing. */
  replace?: boolean | undefined
}

export interface PlanView extends PlanStanding {
  id: number
  accountNo: string
  guarantor: string
  patientId: number
  active: boolean
  behind: boolean
  totalCents: number
  downPaymentCents: number
  installmentCents: number | null
  installments: number | null
  frequency: Frequency
  firstDue: string
  remainder: Remainder
  startDate: string
  createdAt: string
  createdBy: string
  endedAt: string | null
  endedBy: string | null
  endReason: string | null
}

const money = (c: number) => formatCents(cents(c))

function toAccount(a: ReturnType<typeof guarantorAccounts>[number]): PlanAccount {
  const head = a.patients.find((p) => p.id === a.guarantor.patientId) ?? a.patients[0]!
  return {
    accountNo: head.account_no,
    guarantor: a.guarantor.name,
    guarantorPatientId: head.id,
    patientIds: a.patients.map((p) => p.id),
  }
}

/** The guarantor account any of its patients' account numbers belongs to. */
export function planAccount(db: Database.Database, accountNo: string): PlanAccount {
  const patientId = patientByAccount(db, accountNo)
  const account = guarantorAccounts(db).find((a) => a.patients.some((p) => p.id === patientId))
  if (!account)
    throw new DomainError(
      'not_found',
      `Account ${accountNo} has no mailing address, so it has no guarantor account yet; add the patient's or guarantor's address first.`,
    )
  return toAccount(account)
}

function activeRow(db: Database.Database, accountNo: string): PlanRow | undefined {
  return firstRow(
    db,
    storeQuery
      .selectFrom('payment_plans')
      .selectAll()
      .where('account_no', '=', accountNo)
      .where('ended_at', 'is', null),
  )
}

export function planView(
  db: Database.Database,
  row: PlanRow,
  account: PlanAccount,
  asOf: string,
): PlanView {
  const standing = planStanding(db, row, account.patientIds, asOf)
  return {
    ...standing,
    id: row.id,
    accountNo: row.account_no,
    guarantor: account.guarantor,
    patientId: row.guarantor_patient_id,
    active: row.ended_at === null,
    behind: row.ended_at === null && standing.missedCents > 0,
    totalCents: row.total_cents,
    downPaymentCents: row.down_payment_cents,
    installmentCents: row.installment_cents,
    installments: row.installments,
    frequency: row.frequency,
    firstDue: row.first_due,
    remainder: row.remainder,
    startDate: row.start_date,
    createdAt: row.created_at,
    createdBy: row.created_by,
    endedAt: row.ended_at,
    endedBy: row.ended_by,
    endReason: row.end_reason,
  }
}

/** The terms a request makes for this account today (the total defaults to what it owes). */
export function requestTerms(
  db: Database.Database,
  r: PlanRequest,
  account: PlanAccount,
  today: string,
): PlanTerms {
  const owed = accountBalance(db, account.patientIds)
  if (owed <= 0)
    throw new DomainError(
      'conflict',
      `Account ${account.accountNo} owes nothing: no plan is needed.`,
    )
  const total = r.totalCents ?? owed
  if (total > owed)
    throw new DomainError(
      'invalid_input',
      `The plan total ${money(total)} is more than account ${account.accountNo} owes (${money(owed)}).`,
      'totalCents',
    )
  return {
    totalCents: total,
    downPaymentCents: r.downPaymentCents ?? 0,
    installmentCents: r.installmentCents ?? null,
    installments: r.installments ?? null,
    frequency: r.frequency,
    firstDue: r.firstDue,
    remainder: r.remainder ?? 'last',
    startDate: today,
  }
}

export interface PlanBy {
  user: string
  at: string
}

/** Ends the account's active plan; refuses when there is none. */
export function endPlan(
  db: Database.Database,
  accountNo: string,
  reason: string,
  by: PlanBy,
): { row: PlanRow; account: PlanAccount } {
  const account = planAccount(db, accountNo)
  const row = activeRow(db, account.accountNo)
  if (!row)
    throw new DomainError('not_found', `Account ${account.accountNo} has no active payment plan.`)
  const why = reason.trim()
  if (why === '') throw new DomainError('invalid_input', 'Say why the plan ends.', 'reason')
  runQuery(
    db,
    storeQuery
      .updateTable('payment_plans')
      .set({ ended_at: by.at, ended_by: by.user, end_reason: why })
      .where('id', '=', row.id),
  )
  return { row: { ...row, ended_at: by.at, ended_by: by.user, end_reason: why }, account }
}

/** Makes a plan. Call inside one transaction (a replaced plan ends in the same step). */
export function createPlan(
  db: Database.Database,
  r: PlanRequest,
  today: string,
  by: PlanBy,
): PlanView {
  const account = planAccount(db, r.accountNo)
  const current = activeRow(db, account.accountNo)
  if (current) {
    const standing = planStanding(db, current, account.patientIds, today)
    if (standing.paidOff) endPlan(db, account.accountNo, 'Paid in full', by)
    else if (r.replace) endPlan(db, account.accountNo, 'Replaced by a new plan', by)
    else
      throw new DomainError(
        'conflict',
        `Account ${account.accountNo} already has an active payment plan (${money(standing.remainingCents)} left). End it first, or replace it with a new plan that takes in the new balance.`,
      )
  }
  const terms = requestTerms(db, r, account, today)
  planSchedule(terms)
  const id = Number(
    runQuery(
      db,
      storeQuery.insertInto('payment_plans').values({
        account_no: account.accountNo,
        guarantor_patient_id: account.guarantorPatientId,
        total_cents: terms.totalCents,
        down_payment_cents: terms.downPaymentCents,
        installment_cents: terms.installmentCents,
        installments: terms.installments,
        frequency: terms.frequency,
        first_due: terms.firstDue,
        remainder: terms.remainder,
        start_date: terms.startDate,
        created_at: by.at,
        created_by: by.user,
        ended_at: null,
        ended_by: null,
        end_reason: null,
      }),
    ).lastInsertRowid,
  )
  const row = firstRow(db, storeQuery.selectFrom('payment_plans').selectAll().where('id', '=', id))!
  return planView(db, row, account, today)
}

/** The account's plans, newest first; the active one (if any) separately. */
export function accountPlans(
  db: Database.Database,
  accountNo: string,
  today: string,
): {
  accountNo: string
  guarantor: string
  patientId: number
  active: PlanView | null
  past: PlanView[]
} {
  const account = planAccount(db, accountNo)
  const views = allRows(
    db,
    storeQuery
      .selectFrom('payment_plans')
      .selectAll()
      .where('account_no', '=', account.accountNo)
      .orderBy('id', 'desc'),
  ).map((row) => planView(db, row, account, today))
  return {
    accountNo: account.accountNo,
    guarantor: account.guarantor,
    patientId: account.guarantorPatientId,
    active: views.find((v) => v.active) ?? null,
    past: views.filter((v) => !v.active),
  }
}

/** Every plan (active ones only unless `all`), those behind first, then by guarantor. */
export function listPlans(db: Database.Database, today: string, all = false): PlanView[] {
  let q = storeQuery.selectFrom('payment_plans').selectAll()
  if (!all) q = q.where('ended_at', 'is', null)
  const rows = allRows(db, q.orderBy('id'))
  if (rows.length === 0) return []
  const accounts = new Map<string, PlanAccount>()
  for (const a of guarantorAccounts(db)) {
    const acc = toAccount(a)
    accounts.set(acc.accountNo, acc)
  }
  return rows
    .map((row) => {
      const account = accounts.get(row.account_no) ?? {
        accountNo: row.account_no,
        guarantor: '',
        guarantorPatientId: row.guarantor_patient_id,
        patientIds: [row.guarantor_patient_id],
      }
      return planView(db, row, account, today)
    })
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) ||
        Number(b.behind) - Number(a.behind) ||
        a.guarantor.localeCompare(b.guarantor),
    )
}

/** The schedule a request would make, without saving anything. */
export function previewPlan(
  db: Database.Database,
  r: PlanRequest,
  today: string,
): {
  accountNo: string
  guarantor: string
  accountBalanceCents: number
  terms: PlanTerms
  items: ReturnType<typeof planSchedule>
} {
  const account = planAccount(db, r.accountNo)
  const terms = requestTerms(db, r, account, today)
  return {
    accountNo: account.accountNo,
    guarantor: account.guarantor,
    accountBalanceCents: accountBalance(db, account.patientIds),
    terms,
    items: planSchedule(terms),
  }
}
