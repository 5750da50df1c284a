/**
 * The billing office's key figures (HFMA MAP-key style), each for a period with the period of
 * the same length before it beside it. Money figures are sums of ledger lines by their
 * accounting date; claim figures read the claims, their history and the 835 answers.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { sql } from 'kysely'
import type { KpiFigures, KpiReport } from '../../shared/ops/reports'
import type { ClaimStatus } from '../../shared/schemas/claim'
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

/** Money moved in a period by kind of ledger line, from the ledger's daily sums. */
export function moneyIn(db: Database.Database, from: string, to: string) {
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('ledger_days')
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
                        // Literal values, as the partial index claim_history_rejections has them.
                        .where('claim_history.to_status', 'in', [
                          sql.lit<ClaimStatus>('rejected'),
                          sql.lit<ClaimStatus>('payer_rejected'),
                        ]),
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

/**
 * The first answers of the period in one pass: the first-pass denial figures over all of them,
 * and days to payment per payer over the ones that paid something on a sent claim.
 */
export function firstAnswerFigures(db: Database.Database, from: string, to: string) {
  const answers = firstAnswers(from, to).select((eb) => [
    'claims.payer_id',
    'claims.submitted_at',
    'payments.received_date',
    'rc.charge_cents',
    'rc.paid_cents',
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
  const rows = allRows(
    db,
    storeQuery
      .selectFrom(answers.as('f'))
      .leftJoin('payers', 'payers.id', 'f.payer_id')
      .select((eb) => {
        const paidSent = eb.and([
          eb('f.paid_cents', '>', 0),
          eb('f.submitted_at', 'is not', null),
          eb('payers.id', 'is not', null),
        ])
        return [
          'f.payer_id',
          'payers.label',
          eb.fn.countAll<number>().as('adjudicated'),
          eb.fn.sum<number>(eb.case().when('f.denied', '>', 0).then(1).else(0).end()).as('denied'),
          eb.fn.sum<number>('f.charge_cents').as('charges'),
          eb.fn.sum<number>('f.denied').as('denied_cents'),
          eb.fn.sum<number>(eb.case().when(paidSent).then(1).else(0).end()).as('paid'),
          eb.fn
            .sum<number>(
              eb
                .case()
                .when(paidSent)
                .then(
                  eb(
                    eb.fn('julianday', ['f.received_date']),
                    '-',
                    eb.fn('julianday', [
                      eb.fn('substr', ['f.submitted_at', eb.lit(1), eb.lit(10)]),
                    ]),
                  ),
                )
                .else(0)
                .end(),
            )
            .as('days'),
        ]
      })
      .groupBy(['f.payer_id', 'payers.label'])
      .orderBy('payers.label'),
  )
  const sum = (pick: (r: (typeof rows)[number]) => number) =>
    rows.reduce((total, r) => total + pick(r), 0)
  return {
    firstPass: {
      adjudicated: sum((r) => r.adjudicated),
      denied: sum((r) => r.denied),
      chargeCents: sum((r) => r.charges),
      deniedCents: sum((r) => r.denied_cents),
    },
    daysToPayment: rows
      .filter((r) => r.paid > 0)
      .map((r) => ({
        payerId: r.payer_id,
        payerName: r.label!,
        claims: r.paid,
        averageDays: Math.round((r.days / r.paid) * 10) / 10,
      })),
  }
}

export function kpiFigures(db: Database.Database, from: string, to: string): KpiFigures {
  const money = moneyIn(db, from, to)
  const last90 = moneyIn(db, addDays(to, -89), to)
  const ar = agingTotals(db, to)
  const dailyNet = (last90.chargesCents - last90.contractualCents) / 90
  const clean = cleanClaims(db, from, to)
  const { firstPass: pass, daysToPayment } = firstAnswerFigures(db, from, to)
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
    daysToPayment,
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
