import type { Command } from 'commander'
import { cents, formatCents } from '../../shared/money'
import type { PlanView } from '../../shared/ops/plans'
import { asUser, CliRefusal } from './session'

const money = (c: number) => formatCents(cents(c))

function wholeCents(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new CliRefusal(`${flag} ${value}: write whole cents, like 5000.`)
  return Number(value)
}

function count(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new CliRefusal(`--installments ${value}: write a whole number.`)
  return Number(value)
}

const FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const
type Frequency = (typeof FREQUENCIES)[number]

function frequency(value: string): Frequency {
  if (!(FREQUENCIES as readonly string[]).includes(value))
    throw new CliRefusal(`--frequency ${value}: use weekly, biweekly or monthly.`)
  return value as Frequency
}

function remainder(value: string | undefined): 'first' | 'last' | undefined {
  if (value === undefined || value === 'first' || value === 'last') return value
  throw new CliRefusal(`--remainder ${value}: use first or last.`)
}

function state(p: PlanView): string {
  if (!p.active) return `ended ${p.endedAt?.slice(0, 10)}: ${p.endReason}`
  if (p.paidOff) return 'paid off'
  if (p.behind) return `BEHIND, ${money(p.missedCents)} missed`
  return 'on track'
}

function printPlan(p: PlanView): void {
  console.log(
    `Account ${p.accountNo} (${p.guarantor}): plan #${p.id} for ${money(p.totalCents)}, ${p.frequency}, started ${p.startDate} — ${state(p)}`,
  )
  console.log(
    `  paid ${money(p.paidCents)}, left ${money(p.remainingCents)}${p.outsideCents > 0 ? `, ${money(p.outsideCents)} owed outside the plan` : ''}`,
  )
  for (const i of p.items)
    console.log(
      `  ${(i.number === 0 ? 'down' : `#${i.number}`).padEnd(5)} ${i.dueDate}  ${money(i.amountCents).padStart(11)}  paid ${money(i.paidCents).padStart(11)}  ${i.status}`,
    )
}

interface CreateOpts {
  installmentCents?: string
  installments?: string
  frequency: string
  firstDue: string
  downPaymentCents?: string
  totalCents?: string
  remainder?: string
  replace?: boolean
  json?: boolean
}

export function registerPlans(program: Command): void {
  const plans = program.command('plans').description('payment plans for guarantor accounts')
  plans
    .command('create <account>')
    .description('set up a payment plan (the total defaults to what the account owes now)')
    .option('--installment-cents <cents>', 'each installment, in cents (or --installments)')
    .option('--installments <n>', 'how many installments (or --installment-cents)')
    .requiredOption('--frequency <f>', 'weekly, biweekly or monthly')
    .requiredOption('--first-due <date>', 'first installment due (YYYY-MM-DD)')
    .option('--down-payment-cents <cents>', 'due the day the plan starts')
    .option('--total-cents <cents>', 'the plan total (default: the account balance)')
    .option('--remainder <where>', 'odd cents on the first or last installment (default last)')
    .option('--replace', 'end the active plan and make this one in its place')
    .option('--json', 'print JSON')
    .action((account: string, opts: CreateOpts, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        if ((opts.installmentCents === undefined) === (opts.installments === undefined))
          throw new CliRefusal('Give either --installment-cents N or --installments N.')
        const plan = await ctx.call('plans.create', {
          accountNo: account,
          installmentCents: wholeCents('--installment-cents', opts.installmentCents),
          installments: count(opts.installments),
          frequency: frequency(opts.frequency),
          firstDue: opts.firstDue,
          downPaymentCents: wholeCents('--down-payment-cents', opts.downPaymentCents),
          totalCents: wholeCents('--total-cents', opts.totalCents),
          remainder: remainder(opts.remainder),
          replace: opts.replace,
        })
        if (opts.json) console.log(JSON.stringify(plan, null, 2))
        else printPlan(plan)
      }),
    )

  plans
    .command('list')
    .description('active payment plans, those behind first')
    .option('--all', 'include ended plans')
    .option('--json', 'print JSON')
    .action((opts: { all?: boolean; json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const list = await ctx.call('plans.list', { all: opts.all })
        if (opts.json) {
          console.log(JSON.stringify(list, null, 2))
          return
        }
        for (const p of list)
          console.log(
            `${p.accountNo.padEnd(10)} ${money(p.totalCents).padStart(11)}  left ${money(p.remainingCents).padStart(11)}  next ${p.next ? `${p.next.dueDate} ${money(p.next.amountCents)}` : '—'}  ${state(p)}  ${p.guarantor}`,
          )
        console.log(`${list.length} ${list.length === 1 ? 'plan' : 'plans'}`)
      }),
    )

  plans
    .command('show <account>')
    .description("the account's payment plan with each installment: paid, due, missed")
    .option('--json', 'print JSON')
    .action((account: string, opts: { json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const r = await ctx.call('plans.show', { accountNo: account })
        if (opts.json) {
          console.log(JSON.stringify(r, null, 2))
          return
        }
        if (r.active) printPlan(r.active)
        else console.log(`Account ${r.accountNo} (${r.guarantor}) has no active payment plan.`)
        for (const p of r.past)
          console.log(`  past plan #${p.id} for ${money(p.totalCents)}: ${state(p)}`)
      }),
    )

  plans
    .command('end <account>')
    .description("end the account's active payment plan")
    .requiredOption('--reason <why>', 'why the plan ends')
    .action((account: string, opts: { reason: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const p = await ctx.call('plans.end', { accountNo: account, reason: opts.reason })
        console.log(
          `Account ${p.accountNo}: plan #${p.id} ended (${p.endReason}); ${money(p.paidCents)} was paid, ${money(p.remainingCents)} left on the account.`,
        )
      }),
    )
}
