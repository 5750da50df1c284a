import type { Command } from 'commander'
import { cents, formatCents } from '../../shared/money'
import { FOLLOW_UP_REASON_LABELS, type FollowUpItem } from '../../shared/ops/followup'
import { asUser } from './session'

const $ = (c: number) => formatCents(cents(c))

/** The contract's JSON row (issue 10). */
function row(i: FollowUpItem) {
  return {
    claimPcn: i.patientControlNumber,
    patientAccount: i.accountNo,
    payer: i.payerName,
    reason: i.reason,
    reasonText: i.reasonText,
    amountCents: i.amountCents,
    ageDays: i.ageDays,
    owner: i.owner,
    followUpDate: i.followUpDate,
    priority: i.priority,
    timelyFilingDaysLeft: i.timelyFilingDaysLeft,
  }
}

export function registerFollowup(program: Command): void {
  const followup = program
    .command('followup')
    .description('the follow-up queue: denials, claims without an answer, rejections')
  followup
    .command('list')
    .description('open follow-up items, highest priority first')
    .option('--json', 'as JSON')
    .action((opts: { json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const { items } = await ctx.call('followup.list', {})
        if (opts.json) {
          console.log(JSON.stringify(items.map(row), null, 2))
          return
        }
        if (items.length === 0) {
          console.log('Nothing to follow up.')
          return
        }
        for (const i of items) {
          const tf =
            i.timelyFilingWarning === 'passed'
              ? ' TIMELY FILING PASSED'
              : i.timelyFilingWarning === 'soon'
                ? ` timely filing in ${i.timelyFilingDaysLeft} days`
                : ''
          console.log(
            `${String(i.priority).padStart(6)}  ${i.patientControlNumber}  ${i.accountNo}  ${i.payerName}  ${FOLLOW_UP_REASON_LABELS[i.reason]}  ${$(i.amountCents)}  ${i.ageDays}d  ${i.owner ?? '-'}  ${i.followUpDate ?? '-'}${tf}`,
          )
          console.log(`        ${i.reasonText}`)
        }
      }),
    )
}
