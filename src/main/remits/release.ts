/**
 * Coordination of benefits: once this payer's answer is posted, the claims of the same visit to
 * the payers after it get its adjudication (837P 2320 AMT*D, CAS; 2330B DTP*573) and are
 * scrubbed again — the 'secondary.after-primary' hold lifts and they can go out.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents } from '../../shared/money'
import { recordPriorPayment } from '../claims/priorPayment'
import type { PriorAdjudication } from '../claims/claim'
import type { CasGroup, RemitClaim } from '../x12/read835'
import { storeQuery } from '../store/sync-query'
import { compiledOnce } from './compiled'
import type { MatchedClaim } from './match'

const laterClaim = compiledOnce(['visitId', 'claimId'] as const, (v) =>
  storeQuery
    .selectFrom('claims')
    .select('id')
    .where('visit_id', '=', v.visitId)
    .where('id', '!=', v.claimId)
    .where('status', 'in', ['draft', 'ready']),
)

export function releaseLaterClaims(
  db: Database.Database,
  ctx: { user: string; at: string; effectiveDate: string },
  rc: RemitClaim,
  claim: MatchedClaim,
): number[] {
  if (claim.responsibility === 'tertiary') return []
  // Most visits have one payer: skip the savepoint and scrub when no later claim waits.
  if (!laterClaim.get(db, { visitId: claim.visitId, claimId: claim.id })) return []
  return recordPriorPayment(
    db,
    {
      visitId: claim.visitId,
      splitPart: claim.splitPart,
      responsibility: claim.responsibility,
      adjudication: priorAdjudication(rc, ctx.effectiveDate),
    },
    { user: ctx.user, at: ctx.at },
    ctx.at.slice(0, 10),
  )
}

/** The claim's adjustments, claim and line level, summed per group and CARC. */
export function priorAdjudication(rc: RemitClaim, adjudicatedOn: string): PriorAdjudication {
  const sums = new Map<string, number>()
  for (const a of [...rc.adjustments, ...rc.lines.flatMap((l) => l.adjustments)]) {
    const key = `${a.group}-${a.reason}`
    sums.set(key, (sums.get(key) ?? 0) + a.amountCents)
  }
  return {
    paidCents: cents(rc.paidCents),
    adjudicatedOn,
    adjustments: [...sums]
      .filter(([, amount]) => amount !== 0)
      .map(([key, amount]) => {
        const [group, reason] = key.split('-') as [CasGroup, string]
        return { group, reason, amountCents: cents(amount) }
      }),
    remainingPatientLiabilityCents: cents(rc.patientResponsibilityCents),
  }
}
