import { responsibilityRank } from '../responsibility'
import { hit, rule, type ScrubContext } from './rule'

const DAY_MS = 86_400_000

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** How many days the payer still gives to file, from the date its clock started. */
function filingWindow(ctx: ScrubContext) {
  const { claim, today } = ctx
  const limit = claim.data.payer.record.timelyFilingDays
  // A secondary payer's clock usually starts when the payer before it adjudicated.
  const prior = claim.data.otherPayers
    .filter(
      (o) =>
        o.adjudication &&
        responsibilityRank(o.responsibility) < responsibilityRank(claim.responsibility),
    )
    .map((o) => o.adjudication!.adjudicatedOn)
    .sort()
    .pop()
  const start = claim.responsibility !== 'primary' && prior ? prior : claim.dateOfService
  return { limit, start, left: limit - daysBetween(start, today) }
}

/** A claim for a service that has not happened yet is refused (and is not honest). */
export const dateNotFuture = rule({
  id: 'dos.future',
  severity: 'error',
  summary: 'The date of service is not in the future',
  check: ({ claim, today }) =>
    claim.dateOfService > today
      ? [
          hit(
            'visit.dateOfService',
            `The date of service ${claim.dateOfService} is in the future — bill the visit after it happens, or correct the date`,
          ),
        ]
      : [],
})

// A replacement or void runs on the payer's corrected-claim limit, not the original filing limit.
const isOriginal = (frequency: string) => frequency === '1'

export const timelyFiling = rule({
  id: 'dos.timely',
  severity: 'error',
  summary: "The claim is within the payer's timely filing limit",
  check: (ctx) => {
    if (!isOriginal(ctx.claim.frequency) || ctx.claim.dateOfService > ctx.today) return []
    const { limit, start, left } = filingWindow(ctx)
    if (left >= 0) return []
    return [
      hit(
        'visit.dateOfService',
        `${ctx.claim.data.payer.record.name} allows ${limit} days to file from ${start}; that passed ${-left} days ago — send it only with proof of timely filing, or write the charge off`,
      ),
    ]
  },
})

/** Two weeks' notice, so the claim is not lost to a limit while it waits for a fix. */
const SOON_DAYS = 14

export const timelyFilingSoon = rule({
  id: 'dos.timely-soon',
  severity: 'warning',
  summary: "The payer's timely filing limit is less than two weeks away",
  check: (ctx) => {
    if (!isOriginal(ctx.claim.frequency) || ctx.claim.dateOfService > ctx.today) return []
    const { limit, left } = filingWindow(ctx)
    if (left < 0 || left > SOON_DAYS) return []
    return [
      hit(
        'visit.dateOfService',
        `Only ${left} of ${ctx.claim.data.payer.record.name}'s ${limit} filing days are left — send this claim today`,
      ),
    ]
  },
})
