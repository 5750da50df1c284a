import { InvalidArgumentError, type Command } from 'commander'
import { DomainError } from '../errors'
import type { DemoClaimCounts } from '../demo/claims'
import { buildDemoPractice, DEMO_BILLED_PATIENTS, type DemoSummary } from '../demo/practice'
import { DEMO_PRACTICE_NAME } from '../demo/directory'
import { globalOptions } from './options'
import { readPassword } from './prompt'
import { cliContext, CliRefusal } from './session'

const MAX_PATIENTS = 500_000

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'fill a practice with a demo: fake providers, payers, fee schedule, patients, and visits and claims in every state (creates the practice in --data if there is none)',
    )
    .option('--patients <n>', 'how many fake patients', patientCount, 200)
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
    if (err instanceof DomainError) throw new CliRefusal(err.message)
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
  const c = s.claims
  if (c.visits === 0) return
  console.log(
    `  ${c.visits} visits of the first ${Math.min(s.patients, DEMO_BILLED_PATIENTS)} patients ` +
      `(${c.draftVisits} not yet coded), ${c.claims} claims`,
  )
  console.log(`  ${claimLine(c)}`)
}

/** "Claims: 120 ready, 14 queued, 30 submitted, …" in the order a claim moves. */
export function claimLine(c: DemoClaimCounts): string {
  const n = c.byStatus
  const parts = [
    `${n.ready} ready`,
    `${n.draft} draft (${c.heldSecondary} secondaries held for the primary's payment, ` +
      `${n.draft - c.heldSecondary} with scrubber findings)`,
    `${n.queued} queued`,
    `${n.submitted} submitted`,
    `${n.accepted} accepted`,
    `${n.rejected} rejected`,
    `${n.acknowledged} acknowledged`,
    `${n.payer_rejected} rejected by the payer`,
    `${n.adjudicated} adjudicated`,
    `${n.closed} closed`,
    `${n.corrected} corrected`,
    `${n.voided} voided`,
  ]
  const batches = `${c.batches} ${c.batches === 1 ? 'batch' : 'batches'}`
  return `Claims: ${parts.join(', ')}; ${c.claimsSent} sent in ${batches}`
}

function patientCount(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > MAX_PATIENTS) {
    throw new InvalidArgumentError(`Give a whole number of patients from 0 to ${MAX_PATIENTS}.`)
  }
  return n
}
