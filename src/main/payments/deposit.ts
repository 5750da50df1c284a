/**
 * A deposit is the bank slip: the payments taken to the bank together, with totals by method
 * (cash, checks, cards) that must match what the bank credits. A payment goes on one deposit
 * only; a voided one on none.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type { PostedBy } from '../ledger/entries'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'
import { listPayments, type PaymentRow } from './list'

export interface DepositTotals {
  cashCents: number
  checkCents: number
  cardCents: number
  otherCents: number
  totalCents: number
  count: number
  checkCount: number
}

export interface DepositSummary extends DepositTotals {
  depositId: number
  depositDate: string
  bankReference: string
  memo: string
  createdAt: string
  createdBy: string
}

export interface DepositDetail extends DepositSummary {
  payments: PaymentRow[]
}

export function totals(
  payments: readonly { method: string; amountCents: number }[],
): DepositTotals {
  const sum = (m: string) =>
    payments.filter((p) => p.method === m).reduce((s, p) => s + p.amountCents, 0)
  const cashCents = sum('cash')
  const checkCents = sum('check')
  const cardCents = sum('card')
  const totalCents = payments.reduce((s, p) => s + p.amountCents, 0)
  return {
    cashCents,
    checkCents,
    cardCents,
    otherCents: totalCents - cashCents - checkCents - cardCents,
    totalCents,
    count: payments.length,
    checkCount: payments.filter((p) => p.method === 'check').length,
  }
}

export interface DepositInput {
  depositDate: string
  /** The payments to deposit; every undeposited payment received on or before the date when left out. */
  paymentIds?: readonly number[] | undefined
  bankReference?: string | undefined
  memo?: string | undefined
}

export function createDeposit(db: Database.Database, d: DepositInput, by: PostedBy): number {
  const waiting = listPayments(db, { undeposited: true, to: d.depositDate, limit: 100_000 })
  let chosen = waiting
  if (d.paymentIds && d.paymentIds.length > 0) {
    chosen = []
    for (const id of d.paymentIds) {
      const p = waiting.find((w) => w.paymentId === id)
      if (!p) {
        throw new DomainError(
          'conflict',
          `Payment #${id} cannot go on this deposit: it is voided, already deposited, an electronic payment, received after ${d.depositDate}, or does not exist.`,
          'paymentIds',
        )
      }
      chosen.push(p)
    }
  }
  if (chosen.length === 0) {
    throw new DomainError(
      'conflict',
      `No payments received by ${d.depositDate} are waiting to be deposited.`,
    )
  }
  const depositId = Number(
    runQuery(
      db,
      storeQuery.insertInto('deposits').values({
        deposit_date: d.depositDate,
        bank_reference: d.bankReference ?? '',
        memo: d.memo ?? '',
        created_at: by.at,
        created_by: by.user,
        closed_at: by.at,
        closed_by: by.user,
      }),
    ).lastInsertRowid,
  )
  const ids = chosen.map((p) => p.paymentId)
  const changed = runQuery(
    db,
    storeQuery
      .updateTable('payments')
      .set({ deposit_id: depositId })
      .where('id', 'in', ids)
      .where('deposit_id', 'is', null)
      .where('voided_at', 'is', null),
  ).changes
  if (changed !== ids.length)
    throw new DomainError('conflict', 'Some payments changed meanwhile: try again.')
  return depositId
}

export function depositDetail(db: Database.Database, depositId: number): DepositDetail {
  const row = firstRow(
    db,
    storeQuery.selectFrom('deposits').selectAll().where('id', '=', depositId),
  )
  if (!row) throw new DomainError('not_found', `There is no deposit #${depositId}.`)
  const payments = listPayments(db, { depositId, limit: 100_000 })
  return {
    depositId: row.id,
    depositDate: row.deposit_date,
    bankReference: row.bank_reference,
    memo: row.memo,
    createdAt: row.created_at,
    createdBy: row.created_by,
    ...totals(payments),
    payments,
  }
}

export function listDeposits(
  db: Database.Database,
  f: { from?: string | undefined; to?: string | undefined; limit?: number | undefined },
): DepositSummary[] {
  let q = storeQuery.selectFrom('deposits').select('id')
  if (f.from !== undefined) q = q.where('deposit_date', '>=', f.from)
  if (f.to !== undefined) q = q.where('deposit_date', '<=', f.to)
  const ids = allRows(
    db,
    q
      .orderBy('deposit_date', 'desc')
      .orderBy('id', 'desc')
      .limit(f.limit ?? 200),
  )
  return ids.map((r) => {
    const { payments: _payments, ...summary } = depositDetail(db, r.id)
    return summary
  })
}
