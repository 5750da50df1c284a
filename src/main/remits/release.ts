/**
 * Coordination of benefits: once this payer's answer is posted, the claims of the same visit to
 * the payers after it get its adjudication (837P 2320 AMT*D, CAS; 2330B DTP*573) and are
 * scrubbed again — the 'secondary.after-primary' hold lifts and they can go out.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents } from '../../shared/money'
import { recordPriorPayment } from '../claims/priorPayment'
import type { PriorAdjudication, PriorAdjustment, PriorLineAdjudication } from '../claims/claim'
import type { CasGroup, RemitAdjustment, RemitClaim } from '../x12/read835'
import { storeQuery } from '../store/sync-query'
import { compiledOnce } from '../store/compiled'
import { matchLines, WAITING, type MatchedClaim } from './match'

const laterClaim = compiledOnce(['visitId', 'claimId'] as const, (v) =>
  storeQuery
    .selectFrom('claims')
    .select('id')
    .where('visit_id', '=', v.visitId)
    .where('id', '!=', v.claimId)
    .where('status', 'in', WAITING),
)

/** `waiting`: the visit's waiting claims, when the caller read them ahead (ClaimsToPost). */
export function releaseLaterClaims(
  db: Database.Database,
  ctx: { user: string; at: string; effectiveDate: string },
  rc: RemitClaim,
  claim: MatchedClaim,
  waiting?: readonly number[],
): number[] {
  if (claim.responsibility === 'tertiary') return []
  // Most visits have one payer: skip the savepoint and scrub when no later claim waits.
  const someoneWaits = waiting
    ? waiting.some((id) => id !== claim.id)
    : laterClaim.get(db, { visitId: claim.visitId, claimId: claim.id }) !== undefined
  if (!someoneWaits) return []
  return recordPriorPayment(
    db,
    {
      visitId: claim.visitId,
      splitPart: claim.splitPart,
      responsibility: claim.responsibility,
      adjudication: priorAdjudication(rc, ctx.effectiveDate, claim),
    },
    { user: ctx.user, at: ctx.at },
    ctx.at.slice(0, 10),
  )
}

/**
 * This payer's adjudication for the claims after it. When every 835 line matched a line of the
 * claim, the lines carry their own (2430: paid, procedure, units, CAS) and the claim keeps only
 * the claim-level CAS; otherwise all adjustments are summed per group and CARC at claim level.
 */
export function priorAdjudication(
  rc: RemitClaim,
  adjudicatedOn: string,
  claim?: MatchedClaim,
): PriorAdjudication {
  const matches = claim && rc.lines.length > 0 ? matchLines(claim, rc.lines) : []
  const byLine = matches.length > 0 && matches.every((m) => m.line !== null)
  const lines: PriorLineAdjudication[] = byLine
    ? rc.lines.map((l, i) => ({
        lineNo: matches[i]!.line!.lineNo,
        // As billed on the claim: the later claims bill the same procedure.
        code: matches[i]!.line!.code,
        modifiers: matches[i]!.line!.modifiers,
        paidCents: cents(l.paidCents),
        units: Number(l.units) > 0 ? Number(l.units) : 1,
        adjustments: summed(l.adjustments),
      }))
    : []
  return {
    paidCents: cents(rc.paidCents),
    adjudicatedOn,
    adjustments: summed(
      byLine ? rc.adjustments : [...rc.adjustments, ...rc.lines.flatMap((l) => l.adjustments)],
    ),
    remainingPatientLiabilityCents: cents(rc.patientResponsibilityCents),
    ...(byLine ? { lines } : {}),
  }
}

/** Adjustments summed per group and CARC, zero sums left out. */
function summed(adjustments: readonly RemitAdjustment[]): PriorAdjustment[] {
  const sums = new Map<string, number>()
  for (const a of adjustments) {
    const key = `${a.group}-${a.reason}`
    sums.set(key, (sums.get(key) ?? 0) + a.amountCents)
  }
  return [...sums]
    .filter(([, amount]) => amount !== 0)
    .map(([key, amount]) => {
      const [group, reason] = key.split('-') as [CasGroup, string]
      return { group, reason, amountCents: cents(amount) }
    })
}
