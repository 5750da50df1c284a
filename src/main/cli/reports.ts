import type { Command } from 'commander'
import { cents, formatCents } from '../../shared/money'
import type { OpInput } from '../../shared/api'
import type { AgingReport, DaySheet, KpiFigures, KpiReport } from '../../shared/ops/reports'
import { writePrivateFile } from './output-file'
import { asUser, CliRefusal, type CliContext } from './session'

const money = (c: number) => formatCents(cents(c))
const DATE = /^\d{4}-\d{2}-\d{2}$/

function date(flag: string, value: string | undefined, required: true): string
function date(flag: string, value: string | undefined, required?: false): string | undefined
function date(flag: string, value: string | undefined, required = false) {
  if (value === undefined) {
    if (required) throw new CliRefusal(`Say which day: ${flag} YYYY-MM-DD.`)
    return undefined
  }
  if (!DATE.test(value)) throw new CliRefusal(`${flag} ${value}: write the date as YYYY-MM-DD.`)
  return value
}

/** Writes the report as print-ready PDF to `file` and says where it went. */
async function savePdf(ctx: CliContext, file: string, input: OpInput<'reports.pdf'>) {
  const made = await ctx.call('reports.pdf', input)
  writePrivateFile(file, Buffer.from(made.pdfBase64, 'base64'))
  console.log(`Wrote ${file}`)
}

function printAging(r: AgingReport): void {
  const from = r.agedFrom === 'service' ? 'date of service' : 'first billed date'
  console.log(`A/R aging by ${r.by} as of ${r.asOf} (aged from ${from})`)
  const cols = ['0-30', '31-60', '61-90', '91-120', '120+', 'Total']
  console.log(`${''.padEnd(34)}${cols.map((c) => c.padStart(13)).join('')}`)
  const line = (label: string, buckets: number[], total: number) =>
    console.log(
      `${label.slice(0, 33).padEnd(34)}${[...buckets, total].map((c) => money(c).padStart(13)).join('')}`,
    )
  for (const row of r.rows) line(row.label, row.buckets, row.totalCents)
  line('Total', r.totals.all, r.totals.totalCents)
}

function printKpis(r: KpiReport): void {
  const c = r.current
  const p = r.previous
  const pct = (n: number | null) => (n === null ? '—' : `${n}%`)
  const num = (n: number | null) => (n === null ? '—' : String(n))
  const row = (label: string, f: (k: KpiFigures) => string) =>
    console.log(`${label.padEnd(34)}${f(c).padStart(16)}${f(p).padStart(16)}`)
  console.log(`${'KPI'.padEnd(34)}${`${c.from}..${c.to}`.padStart(16)}${'previous'.padStart(16)}`)
  row('Days in A/R', (k) => num(k.daysInAr))
  row('A/R over 90 days', (k) => pct(k.arOver90Percent))
  row('Clean-claim rate', (k) => pct(k.cleanClaimRate))
  row('First-pass denial rate (count)', (k) => pct(k.denialRateByCount))
  row('First-pass denial rate (dollars)', (k) => pct(k.denialRateByDollars))
  row('Net collection rate', (k) => pct(k.netCollection.percent))
  row('Net A/R', (k) => money(k.arCents))
  row('Charges', (k) => money(k.chargesCents))
  row('Payments', (k) => money(k.paymentsCents))
  for (const d of c.daysToPayment)
    console.log(
      `Days to payment: ${d.payerName.slice(0, 17).padEnd(18)}${String(d.averageDays).padStart(16)}`,
    )
}

function printDaySheet(r: DaySheet): void {
  console.log(`Day sheet for ${r.date}`)
  console.log(
    `${'User'.padEnd(20)}${'Charges'.padStart(14)}${'Payments'.padStart(14)}${'Adjustments'.padStart(14)}`,
  )
  const row = (u: string, m: DaySheet['totals']) =>
    console.log(
      `${u.padEnd(20)}${money(m.chargesCents).padStart(14)}${money(m.paymentsCents).padStart(14)}${money(m.adjustmentsCents).padStart(14)}`,
    )
  for (const u of r.byUser) row(u.user, u)
  row('Total', r.totals)
  for (const d of r.deposits) {
    const name =
      d.depositId === null ? 'Not deposited yet' : `Deposit #${d.depositId} (${d.depositDate})`
    console.log(`${name}: ${d.payments.length} payments, ${money(d.totalCents)}`)
  }
  console.log(
    `Received ${money(r.receivedCents)}, applied ${money(r.appliedCents)}, unapplied ${money(r.unappliedCents)}`,
  )
}

export function registerReports(program: Command): void {
  const reports = program.command('reports').description('A/R aging, KPIs and day sheets')
  reports
    .command('aging')
    .description('A/R aging: insurance and patient balances by age (0-30 … 120+ days)')
    .option('--by <what>', 'payer or patient', 'payer')
    .option('--as-of <date>', 'the day to age to (YYYY-MM-DD; default today)')
    .option('--from-billed', 'age from the first billed date instead of the date of service')
    .option('--json', 'print JSON (amounts in cents)')
    .option('--csv', 'print CSV')
    .option('--pdf <file>', 'write the report as print-ready PDF to <file>')
    .action(
      (
        opts: {
          by: string
          asOf?: string
          fromBilled?: boolean
          json?: boolean
          csv?: boolean
          pdf?: string
        },
        cmd: Command,
      ) =>
        asUser(cmd, async (ctx) => {
          if (opts.by !== 'payer' && opts.by !== 'patient')
            throw new CliRefusal(`--by ${opts.by}: write payer or patient.`)
          const aging = {
            by: opts.by as 'payer' | 'patient',
            asOf: date('--as-of', opts.asOf),
            agedFrom: opts.fromBilled ? ('billed' as const) : ('service' as const),
          }
          if (opts.csv) {
            process.stdout.write((await ctx.call('reports.csv', { report: 'aging', aging })).csv)
            return
          }
          if (opts.pdf) return savePdf(ctx, opts.pdf, { report: 'aging', aging })
          const r = await ctx.call('reports.aging', aging)
          if (opts.json) console.log(JSON.stringify(r, null, 2))
          else printAging(r)
        }),
    )
  reports
    .command('kpis')
    .description('KPIs for a period, with the period before it')
    .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
    .option('--json', 'print JSON (amounts in cents)')
    .option('--pdf <file>', 'write the report as print-ready PDF to <file>')
    .action((opts: { from: string; to: string; json?: boolean; pdf?: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const period = { from: date('--from', opts.from, true), to: date('--to', opts.to, true) }
        if (opts.pdf) return savePdf(ctx, opts.pdf, { report: 'kpis', period })
        const r = await ctx.call('reports.kpis', period)
        if (opts.json) console.log(JSON.stringify(r, null, 2))
        else printKpis(r)
      }),
    )
  reports
    .command('daysheet')
    .description("one day's charges, payments and adjustments by user, payments by deposit")
    .requiredOption('--date <date>', 'the day (YYYY-MM-DD)')
    .option('--json', 'print JSON (amounts in cents)')
    .option('--pdf <file>', 'write the report as print-ready PDF to <file>')
    .action((opts: { date: string; json?: boolean; pdf?: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const day = date('--date', opts.date, true)
        if (opts.pdf) return savePdf(ctx, opts.pdf, { report: 'daysheet', date: day })
        const r = await ctx.call('reports.daysheet', { date: day })
        if (opts.json) console.log(JSON.stringify(r, null, 2))
        else printDaySheet(r)
      }),
    )
}
