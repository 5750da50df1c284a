import { InvalidArgumentError, type Command } from 'commander'
import { ApiFailure } from '../api/failure'
import { buildDemoPractice, type DemoSummary } from '../demo/practice'
import { DEMO_PRACTICE_NAME } from '../demo/directory'
import { globalOptions } from './options'
import { readPassword } from './prompt'
import { cliContext, CliRefusal } from './session'

const MAX_PATIENTS = 500_000

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'fill a practice with a demo: fake providers, payers, fee schedule and patients (creates the practice in --data if there is none)',
    )
    .option('--patients <n>', 'how many fake patients (default: 200)', patientCount, 200)
    .action(async (opts: { patients: number }, cmd: Command) => {
      const username = globalOptions(cmd).user ?? 'admin'
      const ctx = cliContext(cmd)
      try {
        if (ctx.office.storeStatus() === 'absent') {
          const password = await readPassword(`New password for ${username}: `)
          const { recoveryKey } = await ctx.call('setup.create', {
            practiceName: DEMO_PRACTICE_NAME,
            admin: { username, fullName: username, password },
          })
          console.log(`Practice "${DEMO_PRACTICE_NAME}" created in ${ctx.office.dataDir}.`)
          console.log('')
          console.log('RECOVERY KEY — shown once. Print it or write it down and lock it away:')
          console.log(`  ${recoveryKey}`)
          console.log('It opens the practice data if every administrator password is forgotten.')
          console.log('')
        } else {
          const password = await readPassword(`Password for ${username}: `)
          await ctx.call('auth.login', { username, password })
        }
        printSummary(await buildDemo(ctx, opts.patients))
      } finally {
        if (ctx.session.user) await ctx.call('auth.logout', {}).catch(() => undefined)
        ctx.office.close()
      }
    })
}

async function buildDemo(
  ctx: ReturnType<typeof cliContext>,
  patients: number,
): Promise<DemoSummary> {
  try {
    return await buildDemoPractice(ctx, { patients })
  } catch (err) {
    if (err instanceof ApiFailure) throw new CliRefusal(err.message)
    throw err
  }
}

function printSummary(s: DemoSummary): void {
  const seconds = (s.ms / 1000).toFixed(1)
  console.log(`Demo practice "${s.practice}" is ready (${seconds} s):`)
  console.log(
    `  ${s.providers} providers, ${s.locations} locations, ${s.referrers} referring providers, ` +
      `${s.payers} payers, ${s.fees} codes on the fee schedule`,
  )
  console.log(
    `  ${s.patients} fake patients: ${s.oneCoverage} with one coverage, ${s.primaryAndSecondary} with ` +
      `primary and secondary, ${s.selfPay} self-pay; ${s.children} children; ` +
      `${s.endedCoverage} with an ended coverage (${s.coverages} coverages in all)`,
  )
}

function patientCount(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > MAX_PATIENTS) {
    throw new InvalidArgumentError(`Give a whole number of patients from 0 to ${MAX_PATIENTS}.`)
  }
  return n
}
