/**
 * Reports as CSV. A cell that starts with = + - or @ is prefixed with a single quote, so a
 * spreadsheet shows it instead of running it as a formula (CSV injection); a plain number such
 * as -12.50 stays a number. Amounts are dollars with two decimals, as spreadsheets read them.
 */
import type {
  AgingReport,
  ClaimsActivity,
  DaySheet,
  DenialReport,
  KpiReport,
} from '../../shared/ops/reports'

export type Cell = string | number | null

/** A report as a title and rows of cells: the one description both CSV and PDF print. */
export interface ReportTable {
  title: string
  rows: Cell[][]
}

const NUMBER = /^-?\d+(\.\d+)?$/

export function csvCell(value: Cell): string {
  let text = value === null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text) && !NUMBER.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** Cents as dollars with two decimals ("-12.50"), computed on integers. */
export function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export function agingTable(r: AgingReport): ReportTable {
  const head = [r.by === 'payer' ? 'Payer' : 'Patient', 'Account', 'Balance', ...r.buckets, 'Total']
  const rows: Cell[][] = r.rows.map((row) => [
    row.label,
    row.accountNo ?? '',
    row.balance,
    ...row.buckets.map(dollars),
    dollars(row.totalCents),
  ])
  rows.push(['Total', '', 'all', ...r.totals.all.map(dollars), dollars(r.totals.totalCents)])
  const from = r.agedFrom === 'service' ? 'date of service' : 'first billed date'
  return { title: `A/R aging as of ${r.asOf}, aged from ${from}`, rows: [head, ...rows] }
}

export const agingCsv = (r: AgingReport) => titledCsv(agingTable(r))

/** The title as the CSV's first line, then the rows. */
function titledCsv(t: ReportTable): string {
  return toCsv([[t.title], ...t.rows])
}

const pct = (p: number | null) => (p === null ? '' : `${p}%`)

export function kpiTable(r: KpiReport): ReportTable {
  const c = r.current
  const p = r.previous
  const money = (f: (k: typeof c) => number) => [dollars(f(c)), dollars(f(p))]
  const rows: Cell[][] = [
    ['KPI', `${c.from} to ${c.to}`, `${p.from} to ${p.to}`, 'Definition'],
    ['Days in A/R', c.daysInAr, p.daysInAr, r.definitions.daysInAr!],
    [
      'A/R over 90 days',
      pct(c.arOver90Percent),
      pct(p.arOver90Percent),
      r.definitions.arOver90Percent!,
    ],
    [
      'Clean-claim rate',
      pct(c.cleanClaimRate),
      pct(p.cleanClaimRate),
      r.definitions.cleanClaimRate!,
    ],
    [
      'First-pass denial rate (count)',
      pct(c.denialRateByCount),
      pct(p.denialRateByCount),
      r.definitions.denialRateByCount!,
    ],
    [
      'First-pass denial rate (dollars)',
      pct(c.denialRateByDollars),
      pct(p.denialRateByDollars),
      r.definitions.denialRateByDollars!,
    ],
    [
      'Net collection rate',
      pct(c.netCollection.percent),
      pct(p.netCollection.percent),
      r.definitions.netCollectionRate!,
    ],
    ['Net A/R', ...money((k) => k.arCents), ''],
    ['Charges', ...money((k) => k.chargesCents), ''],
    ['Contractual adjustments', ...money((k) => k.contractualCents), ''],
    ['Payments', ...money((k) => k.paymentsCents), ''],
    ['Refunds', ...money((k) => k.refundsCents), ''],
  ]
  for (const d of c.daysToPayment) {
    const before = p.daysToPayment.find((x) => x.payerId === d.payerId)
    rows.push([`Days to payment: ${d.payerName}`, d.averageDays, before?.averageDays ?? '', ''])
  }
  return { title: `Key figures ${c.from} to ${c.to}`, rows }
}

// The KPI CSV has no title line: its header row names both periods.
export const kpiCsv = (r: KpiReport) => toCsv(kpiTable(r).rows)

export function denialsTable(r: DenialReport): ReportTable {
  return {
    title: `Denials ${r.from} to ${r.to}`,
    rows: [
      ['Reason', 'Description', 'Claims', 'Amount'],
      ...r.byReason.map((x) => [`${x.group}-${x.code}`, x.description, x.count, dollars(x.cents)]),
      [],
      ['Payer', '', 'Claims', 'Amount'],
      ...r.byPayer.map((x) => [x.payerName, '', x.count, dollars(x.cents)]),
      [],
      ['Month', '', 'Claims', 'Amount'],
      ...r.byMonth.map((x) => [x.month, '', x.count, dollars(x.cents)]),
    ],
  }
}

export const denialsCsv = (r: DenialReport) => titledCsv(denialsTable(r))

export function daySheetTable(r: DaySheet): ReportTable {
  const rows: Cell[][] = [
    ['User', 'Charges', 'Payments', 'Adjustments'],
    ...r.byUser.map((u) => [
      u.user,
      dollars(u.chargesCents),
      dollars(u.paymentsCents),
      dollars(u.adjustmentsCents),
    ]),
    [
      'Total',
      dollars(r.totals.chargesCents),
      dollars(r.totals.paymentsCents),
      dollars(r.totals.adjustmentsCents),
    ],
    [],
    ['Deposit', 'Payment', 'From', 'Method', 'Reference', 'Amount', 'Applied'],
  ]
  for (const d of r.deposits) {
    const name = d.depositId === null ? 'Not deposited' : `#${d.depositId} ${d.depositDate ?? ''}`
    for (const p of d.payments)
      rows.push([
        name,
        p.paymentId,
        p.from,
        p.method,
        p.reference,
        dollars(p.amountCents),
        dollars(p.appliedCents),
      ])
    rows.push([`${name} total`, '', '', '', '', dollars(d.totalCents), ''])
  }
  rows.push(['Received', '', '', '', '', dollars(r.receivedCents), dollars(r.appliedCents)])
  return { title: `Day sheet ${r.date}`, rows }
}

export const daySheetCsv = (r: DaySheet) => titledCsv(daySheetTable(r))

export function activityTable(r: ClaimsActivity): ReportTable {
  return {
    title: `Claims activity ${r.from} to ${r.to}`,
    rows: [
      ['Week of', 'Submitted', 'Accepted', 'Rejected', 'Paid', 'Paid amount'],
      ...r.weeks.map((w) => [
        w.week,
        w.submitted,
        w.accepted,
        w.rejected,
        w.paid,
        dollars(w.paidCents),
      ]),
      [],
      [`Visits not billed (not coded after ${r.unbilledDays} days, or coded without a claim)`],
      ['Visit', 'Patient', 'Account', 'Date of service', 'Status', 'Days', 'Amount'],
      ...r.unbilled.map((v) => [
        v.visitId,
        v.patientName,
        v.accountNo,
        v.dateOfService,
        v.status,
        v.ageDays,
        dollars(v.totalCents),
      ]),
    ],
  }
}

export const activityCsv = (r: ClaimsActivity) => titledCsv(activityTable(r))
