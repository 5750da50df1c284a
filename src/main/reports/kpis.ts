/**
 * The billing office's key figures (HFMA MAP-key style), each for a period with the period of
 * the same length before it beside it. Money figures are sums of ledger lines by their
 * accounting date; claim figures read the claims, their history and the 835 answers.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { KpiFigures, KpiReport } from '../../shared/ops/reports'
import { allRows, firstRow, storeQuery } from '../store/sync-query'
import { agingTotals } from './aging'
import { addDays, negate, percent, previousPeriod } from './dates'
import { isDenialLine } from './denialLines'

export const KPI_DEFINITIONS: Record<string, string> = {
  daysInAr:
    'Days in A/R: net A/R at the end of the period ÷ average daily net charges (charges − contractual adjustments) over the 90 days ending then.',
  arOver90Percent:
    'A/R over 90 days: the share of net A/R whose date of service is more than 90 days before the end of the period.',
  cleanClaimRate:
    'Clean-claim rate: original claims first sent in the period that were never rejected (999, 277CA or payer) and never corrected ÷ original claims sent in the period.',
  denialRateByCount:
    'First-pass denial rate (count): claims whose first 835 answer, received in the period, denied all or part of them (any adjustment other than CO-45, CO-253, PR-1/2/3, OA-23) ÷ claims first answered in the period.',
  denialRateByDollars:
    'First-pass denial rate (dollars): the amounts those first answers denied ÷ the charges of the claims first answered in the period.',
  netCollectionRate:
    'Net collection rate: (payments − refunds) ÷ (charges − contractual adjustments), all posted in the period.',
  daysToPayment:
    'Average days to payment: days from the claim being sent to the date of the payer’s first payment on it, for first payments received in the period, by payer.',
}

/** Money moved in a period by kind of ledger line, in one pass over the period's lines. */
export function moneyIn(db: Database.Database, from: string, to: string) {
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries')
      .select((eb) => [
        'kind',
        eb.fn.sum<number>(eb('insurance_cents', '+', eb.ref('patient_cents'))).as('cents'),
      ])
      .where('effective_date', '>=', from)
      .where('effective_date', '<=', to)
      .where('kind', 'in', [
        'charge',
        'contractual',
        'insurance_payment',
        'patient_payment',
        'refund',
      ])
      .groupBy('kind'),
  )
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.cents ?? 0
  return {
    chargesCents: of('charge'),
    contractualCents: negate(of('contractual')),
    paymentsCents: negate(of('insurance_payment') + of('patient_payment')),
    refundsCents: of('refund'),
  }
}

export function cleanClaims(db: Database.Database, from: string, to: string) {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('claims')
      .select((eb) => [
        eb.fn.countAll<number>().as('submitted'),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(
                eb.and([
                  eb.not(
                    eb.exists(
                      eb
                        .selectFrom('claim_history')
                        .select('claim_history.id')
                        .whereRef('claim_history.claim_id', '=', 'claims.id')
                        .where('claim_history.to_status', 'in', ['rejected', 'payer_rejected']),
                    ),
                  ),
                  // A claim replaced by a corrected one is marked 'corrected'.
                  eb('claims.status', '!=', 'corrected'),
                ]),
              )
              .then(1)
              .else(0)
              .end(),
          )
          .as('clean'),
      ])
      .where('claims.frequency', '=', '1')
      .where('claims.submitted_at', '>=', from)
      // submitted_at is a full timestamp: anything on the last day sorts before `to~`.
      .where('claims.submitted_at', '<', `${to}~`),
  )
  return { clean: row?.clean ?? 0, submitted: row?.submitted ?? 0 }
}

/** Each claim's first 835 answer received in the period, with what it denied and paid. */
function firstAnswers(from: string, to: string) {
  return storeQuery
    .selectFrom('remit_claims as rc')
    .innerJoin('payments', 'payments.id', 'rc.payment_id')
    .innerJoin('claims', 'claims.id', 'rc.claim_id')
    .where('payments.received_date', '>=', from)
    .where('payments.received_date', '<=', to)
    .where('payments.voided_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('remit_claims as earlier')
            .select('earlier.id')
            .whereRef('earlier.claim_id', '=', 'rc.claim_id')
            .whereRef('earlier.id', '<', 'rc.id'),
        ),
      ),
    )
}

export function firstPass(db: Database.Database, from: string, to: string) {
  const rows = allRows(
    db,
    storeQuery
      .selectFrom(
        firstAnswers(from, to)
          .select((eb) => [
            'rc.charge_cents',
            eb.fn
              .coalesce(
                eb
                  .selectFrom('ledger_entries')
                  .select((le) =>
                    le.fn.sum<number>(le.neg(le.ref('ledger_entries.insurance_cents'))).as('d'),
                  )
                  .whereRef('ledger_entries.claim_id', '=', 'rc.claim_id')
                  .whereRef('ledger_entries.payment_id', '=', 'rc.payment_id')
                  .where(isDenialLine),
                eb.lit(0),
              )
              .as('denied'),
          ])
          .as('f'),
      )
      .select((eb) => [
        eb.fn.countAll<number>().as('adjudicated'),
        eb.fn.sum<number>(eb.case().when('f.denied', '>', 0).then(1).else(0).end()).as('count'),
        eb.fn.coalesce(eb.fn.sum<number>('f.charge_cents'), eb.lit(0)).as('charges'),
        eb.fn.coalesce(eb.fn.sum<number>('f.denied'), eb.lit(0)).as('denied'),
      ]),
  )
  const r = rows[0]
  return {
    adjudicated: r?.adjudicated ?? 0,
    denied: r?.count ?? 0,
    chargeCents: r?.charges ?? 0,
    deniedCents: r?.denied ?? 0,
  }
}

export function daysToPayment(db: Database.Database, from: string, to: string) {
  return allRows(
    db,
    firstAnswers(from, to)
      .innerJoin('payers', 'payers.id', 'claims.payer_id')
      .where('rc.paid_cents', '>', 0)
      .where('claims.submitted_at', 'is not', null)
      .select((eb) => [
        'claims.payer_id',
        'payers.label',
        eb.fn.countAll<number>().as('claims'),
        eb.fn
          .avg<number>(
            eb(
              eb.fn('julianday', ['payments.received_date']),
              '-',
              eb.fn('julianday', [eb.fn('substr', ['claims.submitted_at', eb.lit(1), eb.lit(10)])]),
            ),
          )
          .as('days'),
      ])
      .groupBy(['claims.payer_id', 'payers.label'])
      .orderBy('payers.label'),
  ).map((r) => ({
    payerId: r.payer_id,
    payerName: r.label,
    claims: r.claims,
    averageDays: Math.round(r.days * 10) / 10,
  }))
}

export function kpiFigures(db: Database.Database, from: string, to: string): KpiFigures {
  const money = moneyIn(db, from, to)
  const last90 = moneyIn(db, addDays(to, -89), to)
  const ar = agingTotals(db, to)
  const dailyNet = (last90.chargesCents - last90.contractualCents) / 90
  const clean = cleanClaims(db, from, to)
  const pass = firstPass(db, from, to)
  const netPaid = money.paymentsCents - money.refundsCents
  const netCharged = money.chargesCents - money.contractualCents
  return {
    from,
    to,
    ...money,
    arCents: ar.totalCents,
    arOver90Cents: ar.over90Cents,
    daysInAr: dailyNet > 0 ? Math.round((ar.totalCents / dailyNet) * 10) / 10 : null,
    arOver90Percent: percent(ar.over90Cents, ar.totalCents),
    cleanClaims: clean,
    cleanClaimRate: percent(clean.clean, clean.submitted),
    firstPass: pass,
    denialRateByCount: percent(pass.denied, pass.adjudicated),
    denialRateByDollars: percent(pass.deniedCents, pass.chargeCents),
    netCollection: {
      numeratorCents: netPaid,
      denominatorCents: netCharged,
      percent: percent(netPaid, netCharged),
    },
    daysToPayment: daysToPayment(db, from, to),
  }
}

export function kpiReport(db: Database.Database, from: string, to: string): KpiReport {
  const prev = previousPeriod(from, to)
  return {
    current: kpiFigures(db, from, to),
    previous: kpiFigures(db, prev.from, prev.to),
    definitions: KPI_DEFINITIONS,
  }
}
