import type { Command } from 'commander'
import { cents, formatCents, parseDollars } from '../../shared/money'
import { PLAINTEXT_NOTE, writePrivateFile } from './output-file'
import { asUser, CliRefusal } from './session'

const money = (c: number) => formatCents(cents(c))

function minimumOf(opts: { min?: string; minBalance?: string }): number | undefined {
  if (opts.minBalance !== undefined) {
    if (!/^\d+$/.test(opts.minBalance))
      throw new CliRefusal(`--min-balance ${opts.minBalance}: write whole cents, like 500.`)
    return Number(opts.minBalance)
  }
  if (opts.min !== undefined) {
    const value = parseDollars(opts.min)
    if (value === null || value < 0)
      throw new CliRefusal(`--min ${opts.min}: write dollars and cents, like 5.00.`)
    return value
  }
  return undefined
}

interface RunOpts {
  out?: string
  dryRun?: boolean
  min?: string
  minBalance?: string
  from?: string
  to?: string
  date?: string
  skipDays?: string
  cycleDay?: string
  json?: boolean
}

export function registerStatements(program: Command): void {
  const statements = program.command('statements').description('patient statements')
  statements
    .command('run')
    .description(
      'print statements for every qualifying guarantor into one PDF (archived, marked sent)',
    )
    .option('--out <file>', 'the PDF to write (required unless --dry-run)')
    .option('--dry-run', 'list who would get a statement, with totals; print and save nothing')
    .option('--min <dollars>', 'minimum amount due, like 5.00 (default from settings, $5.00)')
    .option('--min-balance <cents>', 'minimum amount due in cents, like 500')
    .option('--from <letters>', 'last names from (e.g. A)')
    .option('--to <letters>', 'last names to (e.g. M)')
    .option('--date <date>', 'statement date (YYYY-MM-DD; default today)')
    .option('--skip-days <days>', 'skip accounts sent a statement in the last N days (default 28)')
    .option(
      '--cycle-day <day>',
      'billing cycle day 1-28: accounts whose oldest owing visit fell on it',
    )
    .option('--json', 'print JSON')
    .action((opts: RunOpts, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const options = {
          statementDate: opts.date,
          minBalanceCents: minimumOf(opts),
          fromName: opts.from,
          toName: opts.to,
          skipBilledWithinDays: opts.skipDays === undefined ? undefined : Number(opts.skipDays),
          cycleDay: opts.cycleDay === undefined ? undefined : Number(opts.cycleDay),
        }
        if (opts.dryRun) {
          const preview = await ctx.call('statements.preview', options)
          if (opts.json) {
            console.log(JSON.stringify(preview, null, 2))
            return
          }
          for (const s of preview.statements)
            console.log(
              `${s.accountNo.padEnd(10)} ${money(s.amountDueCents).padStart(11)}  ${s.guarantor}`,
            )
          for (const s of preview.skipped)
            console.log(`skipped ${s.accountNo.padEnd(10)} ${s.guarantor}: ${s.reason}`)
          console.log(
            `${preview.count} statements, ${money(preview.totalDueCents)} due (dry run: nothing printed)`,
          )
          return
        }
        if (!opts.out) throw new CliRefusal('Say where to write the PDF: --out FILE.pdf')
        const run = await ctx.call('statements.run', options)
        writePrivateFile(opts.out, Buffer.from(run.pdfBase64, 'base64'))
        if (opts.json) {
          console.log(
            JSON.stringify(
              {
                count: run.count,
                totalDueCents: run.totalDueCents,
                file: opts.out,
                statements: run.printed,
                flaggedForCollections: run.flaggedForCollections,
              },
              null,
              2,
            ),
          )
          return
        }
        console.log(
          `${run.count} statements, ${money(run.totalDueCents)} due, written to ${opts.out}`,
        )
        if (run.flaggedForCollections.length > 0)
          console.log(`Flagged for collections review: ${run.flaggedForCollections.join(', ')}`)
        console.error(PLAINTEXT_NOTE)
      }),
    )

  statements
    .command('preview <account>')
    .description("one account's statement as it would print today (nothing saved)")
    .requiredOption('--out <file>', 'the PDF to write')
    .option('--date <date>', 'statement date (YYYY-MM-DD; default today)')
    .action((account: string, opts: { out: string; date?: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const r = await ctx.call('statements.account', {
          accountNo: account,
          statementDate: opts.date,
        })
        writePrivateFile(opts.out, Buffer.from(r.pdfBase64, 'base64'))
        console.log(
          `Account ${r.accountNo}: ${money(r.amountDueCents)} due, written to ${opts.out}`,
        )
        console.error(PLAINTEXT_NOTE)
      }),
    )

  statements
    .command('history <account>')
    .description('statements that included this patient, newest first')
    .option('--json', 'print JSON')
    .option('--reprint <id>', 'write the archived PDF of statement <id> (with --out)')
    .option('--out <file>', 'where --reprint writes the PDF')
    .action(
      (account: string, opts: { json?: boolean; reprint?: string; out?: string }, cmd: Command) =>
        asUser(cmd, async (ctx) => {
          if (opts.reprint) {
            if (!opts.out) throw new CliRefusal('Say where to write the PDF: --out FILE.pdf')
            const r = await ctx.call('statements.reprint', { statementId: Number(opts.reprint) })
            writePrivateFile(opts.out, Buffer.from(r.pdfBase64, 'base64'))
            console.log(`Statement #${opts.reprint} written to ${opts.out}`)
            return
          }
          const list = await ctx.call('statements.history', { accountNo: account })
          if (opts.json) {
            console.log(JSON.stringify(list, null, 2))
            return
          }
          for (const s of list)
            console.log(
              `#${String(s.id).padEnd(6)} ${s.statementDate}  due ${s.dueDate}  ${money(s.amountDueCents).padStart(11)}  ${s.sentAt ? 'sent' : 'not sent'}  ${s.guarantor}`,
            )
          console.log(`${list.length} ${list.length === 1 ? 'statement' : 'statements'}`)
        }),
    )
}
