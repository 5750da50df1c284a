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

type Cell = string | number | null

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

export function agingCsv(r: AgingReport): string {
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
  return toCsv([[`A/R aging as of ${r.asOf}, aged from ${from}`], head, ...rows])
}

const pct = (p: number | null) => (p === null ? '' : `${p}%`)

export function kpiCsv(r: KpiReport): string {
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
  return toCsv(rows)
}

export function denialsCsv(r: DenialReport): string {
  return toCsv([
    [`Denials ${r.from} to ${r.to}`],
    ['Reason', 'Description', 'Claims', 'Amount'],
    ...r.byReason.map((x) => [`${x.group}-${x.code}`, x.description, x.count, dollars(x.cents)]),
    [],
    ['Payer', '', 'Claims', 'Amount'],
    ...r.byPayer.map((x) => [x.payerName, '', x.count, dollars(x.cents)]),
    [],
    ['Month', '', 'Claims', 'Amount'],
    ...r.byMonth.map((x) => [x.month, '', x.count, dollars(x.cents)]),
  ])
}

export function daySheetCsv(r: DaySheet): string {
  const rows: Cell[][] = [
    [`Day sheet ${r.date}`],
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
  return toCsv(rows)
}

export function activityCsv(r: ClaimsActivity): string {
  return toCsv([
    [`Claims activity ${r.from} to ${r.to}`],
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
  ])
}
