import type { Command } from 'commander'
import { cents, formatCents, parseDollars } from '../../shared/money'
import {
  PATIENT_PAYMENT_METHODS,
  PAYMENT_METHOD_LABELS,
  type PatientLedger,
  type PaymentRow,
} from '../../shared/ops/payments'
import { asUser, CliRefusal } from './session'

const money = (c: number) => formatCents(cents(c))
const blankZero = (c: number) => (c === 0 ? '' : money(c))

function printLedger(l: PatientLedger): void {
  console.log(`${l.patientName}  account ${l.accountNo}`)
  console.log(
    `${'Date'.padEnd(10)}  ${'Visit'.padEnd(6)}  ${'Description'.padEnd(44)}  ${'Charge'.padStart(11)}  ${'Ins paid'.padStart(11)}  ${'Adjusted'.padStart(11)}  ${'Pt paid'.padStart(11)}  ${'Balance'.padStart(11)}`,
  )
  for (const line of l.lines) {
    const visit =
      line.visitId === null ? 'acct' : `#${line.visitId}${line.lineNo ? `.${line.lineNo}` : ''}`
    console.log(
      `${line.effectiveDate}  ${visit.padEnd(6)}  ${line.description.slice(0, 44).padEnd(44)}  ${blankZero(line.chargeCents).padStart(11)}  ${blankZero(line.insurancePaidCents).padStart(11)}  ${blankZero(line.adjustmentCents).padStart(11)}  ${blankZero(line.patientPaidCents).padStart(11)}  ${money(line.runningBalanceCents).padStart(11)}`,
    )
  }
  console.log(
    `Insurance owes ${money(l.insuranceBalanceCents)}; patient owes ${money(l.patientBalanceCents)}; unapplied credit ${money(l.creditCents)}; balance ${money(l.balanceCents)}`,
  )
}

function paymentLine(p: PaymentRow): string {
  const how =
    p.method === 'check'
      ? `check ${p.reference}`
      : p.method === 'card'
        ? `card ${p.cardLast4 ?? ''}`
        : (PAYMENT_METHOD_LABELS[p.method] ?? p.method).toLowerCase()
  const who = p.source === 'patient' ? `${p.patientName} (${p.accountNo})` : p.payerName
  const state = p.voided ? 'VOID' : p.depositId !== null ? `dep #${p.depositId}` : 'undeposited'
  return `#${String(p.paymentId).padEnd(6)} ${p.receivedDate}  ${how.padEnd(14)}  ${money(p.amountCents).padStart(11)}  credit ${money(p.creditCents).padStart(10)}  ${state.padEnd(12)}  ${who}`
}

function amountOf(text: string): number {
  const value = parseDollars(text)
  if (value === null || value <= 0) {
    throw new CliRefusal(`--amount ${text}: write dollars and cents, like 25.00.`)
  }
  return value
}

export function registerPayments(program: Command): void {
  const ledger = program.command('ledger').description('ledgers: every line, running balance')
  ledger
    .command('patient <account>')
    .description("a patient's ledger by account number")
    .option('--json', 'print JSON')
    .action((account: string, opts: { json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const l = await ctx.call('ledger.patient', { accountNo: account })
        if (opts.json) console.log(JSON.stringify(l, null, 2))
        else printLedger(l)
      }),
    )

  const payments = program.command('payments').description('payments received')
  payments
    .command('list')
    .description('payments, newest first')
    .option('--account <account>', "one patient's payments")
    .option('--from <date>', 'received on or after (YYYY-MM-DD)')
    .option('--to <date>', 'received on or before (YYYY-MM-DD)')
    .option('--undeposited', 'only payments not yet deposited')
    .option('--voided', 'include voided payments')
    .option('--json', 'print JSON')
    .action(
      (
        opts: {
          account?: string
          from?: string
          to?: string
          undeposited?: boolean
          voided?: boolean
          json?: boolean
        },
        cmd: Command,
      ) =>
        asUser(cmd, async (ctx) => {
          const patientId = opts.account
            ? (await ctx.call('ledger.patient', { accountNo: opts.account })).patientId
            : undefined
          const list = await ctx.call('payments.list', {
            patientId,
            from: opts.from,
            to: opts.to,
            undeposited: opts.undeposited === true,
            includeVoided: opts.voided === true,
          })
          if (opts.json) {
            console.log(JSON.stringify(list, null, 2))
            return
          }
          for (const p of list.rows) console.log(paymentLine(p))
          const n = list.rows.filter((r) => !r.voided).length
          console.log(`${n} ${n === 1 ? 'payment' : 'payments'}, ${money(list.totalCents)}`)
        }),
    )

  payments
    .command('add')
    .description('take a patient payment: oldest visits first, or one visit with --visit')
    .requiredOption('--account <account>', "the patient's account number")
    .requiredOption('--amount <dollars>', 'the amount, like 25.00')
    .requiredOption('--method <method>', PATIENT_PAYMENT_METHODS.join(' | '))
    .option('--check <number>', 'the check number (with --method check)')
    .option('--last4 <digits>', 'the last 4 digits of the card (with --method card), nothing more')
    .option('--visit <id>', 'pay this visit')
    .option('--rest-to-credit', 'with --visit: keep what the visit does not take as credit')
    .option('--credit', 'keep it all as unapplied credit on the account')
    .option('--date <date>', 'received date (YYYY-MM-DD; default today)')
    .option('--json', 'print JSON')
    .action(
      (
        opts: {
          account: string
          amount: string
          method: string
          check?: string
          last4?: string
          visit?: string
          restToCredit?: boolean
          credit?: boolean
          date?: string
          json?: boolean
        },
        cmd: Command,
      ) =>
        asUser(cmd, async (ctx) => {
          const method = opts.method.toLowerCase()
          if (!(PATIENT_PAYMENT_METHODS as readonly string[]).includes(method)) {
            throw new CliRefusal(`--method ${opts.method}: use cash, check or card.`)
          }
          const amountCents = amountOf(opts.amount)
          if (opts.visit !== undefined && !/^\d+$/.test(opts.visit)) {
            throw new CliRefusal(`--visit ${opts.visit}: give the visit's number.`)
          }
          const { patientId } = await ctx.call('ledger.patient', { accountNo: opts.account })
          const r = await ctx.call('payments.collect', {
            patientId,
            amountCents,
            method: method as (typeof PATIENT_PAYMENT_METHODS)[number],
            checkNumber: opts.check,
            cardLast4: opts.last4,
            receivedDate: opts.date,
            apply: opts.credit ? 'credit' : opts.visit !== undefined ? 'visits' : 'oldest',
            visits:
              opts.visit !== undefined && !opts.credit
                ? [{ visitId: Number(opts.visit), amountCents }]
                : undefined,
            restToCredit: opts.restToCredit === true,
          })
          if (opts.json) {
            console.log(JSON.stringify(r, null, 2))
            return
          }
          console.log(
            `Payment #${r.paymentId}: ${money(amountCents)} ${method}; applied ${money(r.appliedCents)}, on account as credit ${money(amountCents - r.appliedCents)}. Patient now owes ${money(r.patientBalanceCents)}.`,
          )
        }),
    )

  const deposits = program.command('deposits').description('deposits: payments taken to the bank')
  deposits
    .command('list')
    .description('deposits, newest first, with totals by method')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const list = await ctx.call('deposits.list', {})
        if (opts.json) {
          console.log(JSON.stringify(list, null, 2))
          return
        }
        for (const d of list.rows) {
          console.log(
            `#${String(d.depositId).padEnd(5)} ${d.depositDate}  ${String(d.count).padStart(4)} payments  cash ${money(d.cashCents)}  checks ${money(d.checkCents)} (${d.checkCount})  cards ${money(d.cardCents)}  total ${money(d.totalCents)}${d.bankReference ? `  ref ${d.bankReference}` : ''}`,
          )
        }
        console.log(`${list.rows.length} ${list.rows.length === 1 ? 'deposit' : 'deposits'}`)
      }),
    )
  deposits
    .command('create')
    .description('deposit every payment received by the date and not yet deposited')
    .option('--date <date>', 'deposit date (YYYY-MM-DD; default today)')
    .option('--bank-ref <text>', "the bank's reference for the deposit")
    .option('--json', 'print JSON')
    .action((opts: { date?: string; bankRef?: string; json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const d = await ctx.call('deposits.create', {
          depositDate: opts.date,
          bankReference: opts.bankRef,
        })
        if (opts.json) {
          console.log(JSON.stringify(d, null, 2))
          return
        }
        console.log(
          `Deposit #${d.depositId} ${d.depositDate}: ${d.count} payments; cash ${money(d.cashCents)}, checks ${money(d.checkCents)} (${d.checkCount}), cards ${money(d.cardCents)}; total ${money(d.totalCents)}`,
        )
      }),
    )
}
