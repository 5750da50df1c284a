/**
 * The day sheet: what the ledger moved on one accounting date (the date of service for charges,
 * the date received for money) by the user who posted it, and the money received that day
 * grouped by the deposit it went to the bank in, so each deposit's total can be matched to the
 * bank statement and the day's payments to the deposits.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { DaySheet } from '../../shared/ops/reports'
import { allRows, storeQuery } from '../store/sync-query'
import { negate } from './dates'

const PAYMENT_KINDS = ['insurance_payment', 'patient_payment'] as const
const ADJUSTMENT_KINDS = [
  'contractual',
  'other_adjustment',
  'write_off',
  'patient_responsibility',
] as const

function movements(db: Database.Database, date: string) {
  return allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries')
      .select((eb) => {
        const both = eb('insurance_cents', '+', eb.ref('patient_cents'))
        const of = (kinds: readonly string[]) =>
          eb.fn.coalesce(
            eb.fn.sum<number>(
              eb
                .case()
                .when('kind', 'in', kinds as never)
                .then(both)
                .else(0)
                .end(),
            ),
            eb.lit(0),
          )
        return [
          'posted_by',
          of(['charge']).as('charges'),
          of(PAYMENT_KINDS).as('payments'),
          of(ADJUSTMENT_KINDS).as('adjustments'),
        ]
      })
      .where('effective_date', '=', date)
      .groupBy('posted_by')
      .orderBy('posted_by'),
  ).map((r) => ({
    user: r.posted_by,
    chargesCents: r.charges,
    paymentsCents: negate(r.payments),
    adjustmentsCents: negate(r.adjustments),
  }))
}

function received(db: Database.Database, date: string) {
  return allRows(
    db,
    storeQuery
      .selectFrom('payments')
      .leftJoin('deposits', 'deposits.id', 'payments.deposit_id')
      .leftJoin('patients', 'patients.id', 'payments.patient_id')
      .select((eb) => [
        'payments.id',
        'payments.source',
        'payments.method',
        'payments.payer_name',
        'payments.reference',
        'payments.amount_cents',
        'payments.deposit_id',
        'deposits.deposit_date',
        'deposits.bank_reference',
        'patients.last_name',
        'patients.first_name',
        eb.fn
          .coalesce(
            eb
              .selectFrom('ledger_entries')
              .select((le) =>
                le.fn
                  .sum<number>(
                    le(
                      'ledger_entries.insurance_cents',
                      '+',
                      le.ref('ledger_entries.patient_cents'),
                    ),
                  )
                  .as('applied'),
              )
              .whereRef('ledger_entries.payment_id', '=', 'payments.id')
              .where('ledger_entries.visit_id', 'is not', null),
            eb.lit(0),
          )
          .as('applied'),
      ])
      .where('payments.received_date', '=', date)
      .where('payments.voided_at', 'is', null)
      .orderBy('payments.deposit_id')
      .orderBy('payments.id'),
  )
}

export function daySheet(db: Database.Database, date: string): DaySheet {
  const byUser = movements(db, date)
  const totals = { chargesCents: 0, paymentsCents: 0, adjustmentsCents: 0 }
  for (const u of byUser) {
    totals.chargesCents += u.chargesCents
    totals.paymentsCents += u.paymentsCents
    totals.adjustmentsCents += u.adjustmentsCents
  }
  const deposits = new Map<number | null, DaySheet['deposits'][number]>()
  let receivedCents = 0
  let appliedCents = 0
  for (const p of received(db, date)) {
    let d = deposits.get(p.deposit_id)
    if (!d) {
      d = {
        depositId: p.deposit_id,
        depositDate: p.deposit_date,
        bankReference: p.bank_reference ?? '',
        payments: [],
        totalCents: 0,
      }
      deposits.set(p.deposit_id, d)
    }
    const applied = negate(p.applied)
    d.payments.push({
      paymentId: p.id,
      source: p.source,
      method: p.method,
      from: p.source === 'patient' ? `${p.last_name ?? ''}, ${p.first_name ?? ''}` : p.payer_name,
      reference: p.reference,
      amountCents: p.amount_cents,
      appliedCents: applied,
    })
    d.totalCents += p.amount_cents
    receivedCents += p.amount_cents
    appliedCents += applied
  }
  return {
    date,
    byUser,
    totals,
    deposits: [...deposits.values()],
    receivedCents,
    appliedCents,
    unappliedCents: receivedCents - appliedCents,
  }
}
