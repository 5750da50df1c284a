import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionsTrend } from '../../../src/main/reports/activity'
import { agingReport } from '../../../src/main/reports/aging'
import { daySheet } from '../../../src/main/reports/daysheet'
import { denialReport } from '../../../src/main/reports/denials'
import { kpiReport } from '../../../src/main/reports/kpis'
import { newPractice, type TestPractice } from '../../support/practice'
import { buildReportLedger } from './report-ledger'
import { queryPlans } from '../../support/query-plans'

describe('reports on a hand-built ledger', () => {
  let p: TestPractice
  let ids: ReturnType<typeof buildReportLedger>
  beforeAll(async () => {
    p = await newPractice()
    ids = buildReportLedger(p.office.store.db)
  })
  afterAll(() => p.close())

  const asOf = '2026-06-30'
  const june = { from: '2026-06-01', to: '2026-06-30' }

  it('ages insurance balances by the payer of the latest claim and patient balances apart', async () => {
    const r = await p.call(p.admin, 'reports.aging', { by: 'payer', asOf })
    expect(r.rows.map((x) => [x.label, x.balance, x.buckets, x.totalCents])).toEqual([
      ['Acme Health (FAKE)', 'insurance', [10000, 3000, 9000, 0, 0], 22000],
      ['Beta Care (FAKE)', 'insurance', [0, 0, 0, 4000, 0], 4000],
      ['Patient balances', 'patient', [0, 2000, 0, 0, 5000], 7000],
    ])
    expect(r.totals).toEqual({
      insurance: [10000, 3000, 9000, 4000, 0],
      patient: [0, 2000, 0, 0, 5000],
      all: [10000, 5000, 9000, 4000, 5000],
      totalCents: 33000,
    })
    expect(r.openVisits).toBe(5)
  })

  it('ages from the first billed date when asked (date of service when never billed)', async () => {
    const r = await p.call(p.admin, 'reports.aging', { by: 'payer', asOf, agedFrom: 'billed' })
    expect(r.rows.map((x) => x.buckets)).toEqual([
      [10000, 12000, 0, 0, 0],
      [0, 0, 0, 4000, 0],
      [0, 2000, 0, 0, 5000],
    ])
  })

  it('ages by patient with insurance and patient balances side by side', async () => {
    const r = await p.call(p.admin, 'reports.aging', { by: 'patient', asOf })
    expect(
      r.rows.map((x) => [x.label, x.accountNo, x.buckets, x.insuranceCents, x.patientCents]),
    ).toEqual([
      ['Testpatient, Alice', '1001', [10000, 5000, 9000, 0, 0], 22000, 2000],
      ['Testpatient, Bob', '1002', [0, 0, 0, 4000, 5000], 4000, 5000],
    ])
  })

  it('leaves out what was posted after the as-of date', async () => {
    const r = await p.call(p.admin, 'reports.aging', { by: 'payer', asOf: '2026-05-31' })
    // V1, V6 not yet seen; V2 unpaid (20000), V3 unanswered (15000), V4 5000, V5 9000.
    expect(r.totals.totalCents).toBe(49000)
  })

  it('drills down from a cell to the claims behind it', async () => {
    const cell = await p.call(p.admin, 'reports.aging.claims', {
      by: 'payer',
      asOf,
      id: ids.acme,
      balance: 'insurance',
      bucket: '31-60',
    })
    expect(cell.count).toBe(1)
    expect(cell.rows[0]).toMatchObject({
      visitId: ids.v2,
      claimId: ids.c2,
      ageDays: 46,
      insuranceCents: 3000,
      patientCents: 2000,
    })
    const voidedLater = await p.call(p.admin, 'reports.aging.claims', {
      by: 'payer',
      asOf,
      id: ids.acme,
      balance: 'insurance',
      bucket: '61-90',
    })
    expect(voidedLater.rows.map((x) => [x.claimId, x.payerName])).toEqual([
      [ids.c5, 'Acme Health (FAKE)'],
    ])
    const patients = await p.call(p.admin, 'reports.aging.claims', {
      by: 'payer',
      asOf,
      id: null,
      balance: 'patient',
    })
    expect(patients.rows.map((x) => [x.visitId, x.patientCents])).toEqual([
      [ids.v4, 5000],
      [ids.v2, 2000],
    ])
    const bob = await p.call(p.admin, 'reports.aging.claims', { by: 'patient', asOf, id: ids.bob })
    expect(bob.rows.map((x) => x.visitId)).toEqual([ids.v4, ids.v3])
  })

  it('computes each KPI for the period and the one before it', async () => {
    const r = await p.call(p.admin, 'reports.kpis', june)
    const c = r.current
    expect(c).toMatchObject({
      chargesCents: 15000,
      contractualCents: 8000,
      paymentsCents: 25500,
      refundsCents: 1000,
      arCents: 33000,
      arOver90Cents: 9000,
      // 33000 ÷ ((44000 − 8000) ÷ 90)
      daysInAr: 82.5,
      arOver90Percent: 27.3,
      cleanClaims: { clean: 1, submitted: 2 },
      cleanClaimRate: 50,
      firstPass: { adjudicated: 3, denied: 1, chargeCents: 40000, deniedCents: 5000 },
      denialRateByCount: 33.3,
      denialRateByDollars: 12.5,
      // (25500 − 1000) ÷ (15000 − 8000)
      netCollection: { numeratorCents: 24500, denominatorCents: 7000, percent: 350 },
    })
    expect(c.daysToPayment).toEqual([
      { payerId: ids.acme, payerName: 'Acme Health (FAKE)', claims: 1, averageDays: 16 },
      { payerId: ids.beta, payerName: 'Beta Care (FAKE)', claims: 2, averageDays: 50 },
    ])
    expect(r.previous).toMatchObject({
      from: '2026-05-02',
      to: '2026-05-31',
      chargesCents: 20000,
      paymentsCents: 0,
      arCents: 49000,
      arOver90Cents: 5000,
      // 49000 ÷ (44000 ÷ 90)
      daysInAr: 100.2,
      cleanClaims: { clean: 2, submitted: 2 },
      netCollection: { percent: 0 },
    })
    expect(r.definitions.daysInAr).toMatch(/90 days/)
  })

  it('analyses denials by reason, payer and month, leaving routine adjustments out', async () => {
    const r = await p.call(p.admin, 'reports.denials', june)
    expect(r.byReason.map((x) => [x.group, x.code, x.count, x.cents])).toEqual([
      ['CO', '16', 1, 5000],
    ])
    expect(r.byPayer).toEqual([
      { payerId: ids.beta, payerName: 'Beta Care (FAKE)', count: 1, cents: 5000 },
    ])
    expect(r.byMonth).toEqual([{ month: '2026-06', count: 1, cents: 5000 }])
  })

  it('puts a day’s postings by user and its payments by deposit, and they reconcile', async () => {
    const r = await p.call(p.admin, 'reports.daysheet', { date: '2026-06-25' })
    expect(r.byUser).toEqual([
      { user: 'fran.desk', chargesCents: 0, paymentsCents: 2500, adjustmentsCents: 0 },
      { user: 'pat.poster', chargesCents: 0, paymentsCents: 5000, adjustmentsCents: 0 },
    ])
    expect(r.totals.paymentsCents).toBe(7500)
    expect(r.deposits.map((d) => [d.depositId, d.bankReference, d.totalCents])).toEqual([
      [null, '', 2500],
      [ids.deposit, 'BANK-77', 5000],
    ])
    expect(r).toMatchObject({ receivedCents: 7500, appliedCents: 5000, unappliedCents: 2500 })
    const june1 = await p.call(p.admin, 'reports.daysheet', { date: '2026-06-01' })
    expect(june1.totals).toEqual({
      chargesCents: 5000,
      paymentsCents: 12000,
      adjustmentsCents: 3000,
    })
  })

  it('counts claims activity by week and lists visits not billed', async () => {
    const r = await p.call(p.admin, 'reports.activity', { ...june, unbilledDays: 3 })
    const week = (w: string) => r.weeks.find((x) => x.week === w)
    expect(week('2026-06-01')).toEqual({
      week: '2026-06-01',
      submitted: 1,
      accepted: 0,
      rejected: 1,
      paid: 1,
      paidCents: 12000,
    })
    expect(week('2026-06-15')).toMatchObject({ submitted: 1, accepted: 0 })
    expect(week('2026-06-22')).toMatchObject({ accepted: 1, paid: 1, paidCents: 5000 })
    expect(r.unbilled.map((v) => [v.visitId, v.status, v.ageDays])).toEqual([
      [ids.v10, 'draft', 10],
      [ids.v9, 'coded', 2],
    ])
  })

  it('exports CSV with amounts in dollars and formulas defused', async () => {
    const { csv, fileName } = await p.call(p.admin, 'reports.csv', {
      report: 'aging',
      aging: { by: 'payer', asOf, agedFrom: 'service' },
    })
    expect(fileName).toBe('aging-by-payer-2026-06-30.csv')
    expect(csv.split('\r\n')[2]).toBe(
      'Acme Health (FAKE),,insurance,100.00,30.00,90.00,0.00,0.00,220.00',
    )
    expect(csv).toContain('Total,,all,100.00,50.00,90.00,40.00,50.00,330.00')
  })

  it('refuses the money reports to the front desk', async () => {
    const desk = await p.staff('front_desk', 'fran.desk')
    const r = await p.ask(desk, 'reports.aging', { by: 'payer', asOf })
    expect(r.ok).toBe(false)
  })
})

// A practice of its own: statements are prepared once per connection, and the plans are read
// as they are prepared.
describe('report query plans', () => {
  let p: TestPractice
  let db: TestPractice['office']['store']['db']
  beforeAll(async () => {
    p = await newPractice()
    db = p.office.store.db
    buildReportLedger(db)
  })
  afterAll(() => p.close())
  const asOf = '2026-06-30'

  /** The query plans of everything `run` prepares, one line per step. */
  const plansOf = (run: () => void) =>
    queryPlans(db, run)
      .map((q) => q.plan)
      .join('\n')

  it('reads the running sums and partial indexes, not the ledger (migrations 015, 016)', () => {
    // As of today the aging starts from the open visits' index; for an earlier date it adds up
    // the later visits' lines from the covering index alone.
    const aging = plansOf(() => agingReport(db, { by: 'payer', asOf, agedFrom: 'service' }))
    expect(aging).toMatch(/COVERING INDEX visit_balances_open/)
    expect(aging).toMatch(/COVERING INDEX ledger_visit_amounts/)
    expect(aging).toMatch(/COVERING INDEX claims_by_visit_payer/)
    // The KPIs: the partial indexes are used only while the queries repeat their conditions.
    const kpis = plansOf(() => kpiReport(db, '2026-06-01', asOf))
    expect(kpis).toMatch(/INDEX ledger_denials/)
    expect(kpis).toMatch(/INDEX claim_history_rejections/)
    expect(kpis).toMatch(/COVERING INDEX claims_sent/)
    expect(kpis).not.toMatch(/SCAN ledger_entries/)
  })

  it('reads lines by date through the date alone, and the trend from the daily sums (migration 019)', () => {
    expect(plansOf(() => daySheet(db, asOf))).toMatch(/INDEX ledger_by_date/)
    expect(plansOf(() => denialReport(db, '2026-06-01', asOf))).toMatch(
      /INDEX (ledger_by_date|ledger_denials)/,
    )
    const trend = plansOf(() => collectionsTrend(db, '2026-01-01', asOf))
    expect(trend).toMatch(/ledger_days/)
    expect(trend).not.toMatch(/ledger_entries/)
  })
})
