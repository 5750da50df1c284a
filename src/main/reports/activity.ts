/**
 * Claims activity by week (weeks start on Monday): claims sent, accepted (999/277CA), rejected
 * (by the clearinghouse or the payer) from the claims' history, and paid from the 835 answers;
 * and the visits not billed yet: coded but without a claim, or still not coded after N days.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimsActivity } from '../../shared/ops/reports'
import { allRows, storeQuery } from '../store/sync-query'
import { addDays, daysBetween, negate, weekOf } from './dates'

const UNBILLED_LIMIT = 500

function historyByWeek(db: Database.Database, from: string, to: string) {
  return allRows(
    db,
    storeQuery
      .selectFrom('claim_history')
      .select((eb) => [
        eb.fn<string>('date', ['at', eb.val('-6 days'), eb.val('weekday 1')]).as('week'),
        eb
          .case()
          .when('to_status', '=', 'submitted')
          .then('submitted')
          .when('to_status', 'in', ['accepted', 'acknowledged'])
          .then('accepted')
          .else('rejected')
          .end()
          .as('what'),
        eb.fn.count<number>('claim_id').distinct().as('claims'),
      ])
      .where('at', '>=', from)
      .where('at', '<', `${to}~`)
      .where('to_status', 'in', [
        'submitted',
        'accepted',
        'acknowledged',
        'rejected',
        'payer_rejected',
      ])
      .groupBy(['week', 'what']),
  )
}

function paidByWeek(db: Database.Database, from: string, to: string) {
  return allRows(
    db,
    storeQuery
      .selectFrom('remit_claims')
      .innerJoin('payments', 'payments.id', 'remit_claims.payment_id')
      .select((eb) => [
        eb
          .fn<string>('date', ['payments.received_date', eb.val('-6 days'), eb.val('weekday 1')])
          .as('week'),
        eb.fn.count<number>('remit_claims.claim_id').distinct().as('claims'),
        eb.fn.sum<number>('remit_claims.paid_cents').as('cents'),
      ])
      .where('payments.received_date', '>=', from)
      .where('payments.received_date', '<=', to)
      .where('payments.voided_at', 'is', null)
      .where('remit_claims.paid_cents', '>', 0)
      .groupBy('week'),
  )
}

function unbilledVisits(db: Database.Database, asOf: string, days: number) {
  return allRows(
    db,
    storeQuery
      .selectFrom('visits')
      .innerJoin('patients', 'patients.id', 'visits.patient_id')
      .select([
        'visits.id',
        'visits.status',
        'visits.date_of_service',
        'visits.total_cents',
        'patients.last_name',
        'patients.first_name',
        'patients.account_no',
      ])
      .where((eb) =>
        eb.or([
          eb('visits.status', '=', 'coded'),
          eb.and([
            eb('visits.status', '=', 'draft'),
            eb('visits.date_of_service', '<=', addDays(asOf, -days)),
          ]),
        ]),
      )
      .where('visits.date_of_service', '<=', asOf)
      .orderBy('visits.date_of_service')
      .limit(UNBILLED_LIMIT),
  ).map((r) => ({
    visitId: r.id,
    patientName: `${r.last_name}, ${r.first_name}`,
    accountNo: r.account_no,
    dateOfService: r.date_of_service,
    status: r.status as 'draft' | 'coded',
    ageDays: daysBetween(r.date_of_service, asOf),
    totalCents: r.total_cents,
  }))
}

export function claimsActivity(
  db: Database.Database,
  from: string,
  to: string,
  unbilledDays: number,
): ClaimsActivity {
  const weeks = new Map<string, ClaimsActivity['weeks'][number]>()
  const week = (w: string) => {
    let row = weeks.get(w)
    if (!row) {
      row = { week: w, submitted: 0, accepted: 0, rejected: 0, paid: 0, paidCents: 0 }
      weeks.set(w, row)
    }
    return row
  }
  for (let w = weekOf(from); w <= to; w = addDays(w, 7)) week(w)
  for (const h of historyByWeek(db, from, to)) week(h.week)[h.what as 'submitted'] += h.claims
  for (const p of paidByWeek(db, from, to)) {
    const row = week(p.week)
    row.paid += p.claims
    row.paidCents += p.cents
  }
  return {
    from,
    to,
    weeks: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
    unbilled: unbilledVisits(db, to, unbilledDays),
    unbilledDays,
  }
}

/** Charges and payments posted by month, for the collections trend line. */
export function collectionsTrend(db: Database.Database, from: string, to: string) {
  const rows = allRows(
    db,
    storeQuery
      // The daily sums by kind (summaries.ts), not the lines: a year is a few hundred rows.
      .selectFrom('ledger_days')
      .select((eb) => {
        const both = eb('insurance_cents', '+', eb.ref('patient_cents'))
        return [
          eb.fn<string>('substr', ['effective_date', eb.lit(1), eb.lit(7)]).as('month'),
          eb.fn
            .sum<number>(eb.case().when('kind', '=', 'charge').then(both).else(0).end())
            .as('charges'),
          eb.fn
            .sum<number>(
              eb
                .case()
                .when('kind', 'in', ['insurance_payment', 'patient_payment'])
                .then(both)
                .else(0)
                .end(),
            )
            .as('payments'),
        ]
      })
      .where('effective_date', '>=', from)
      .where('effective_date', '<=', to)
      .where('kind', 'in', ['charge', 'insurance_payment', 'patient_payment'])
      .groupBy('month')
      .orderBy('month'),
  )
  // Every month of the period, those without postings as zeros, so the line keeps its time scale.
  const byMonth = new Map(rows.map((r) => [r.month, r]))
  const out = []
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) {
    const r = byMonth.get(m)
    out.push({ month: m, chargesCents: r?.charges ?? 0, paymentsCents: negate(r?.payments ?? 0) })
  }
  return out
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}
