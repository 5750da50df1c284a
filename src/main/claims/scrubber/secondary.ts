import { CLAIM_STATUS_LABELS } from '../../../shared/schemas/claim'
import { responsibilityRank } from '../responsibility'
import { hit, rule, type RuleHit } from './rule'

const ADJUDICATED = new Set(['adjudicated', 'closed'])

/**
 * Coordination of benefits: a secondary claim goes out with the primary's adjudication
 * (837P 2320/2330B), so it is held until the primary is adjudicated; a tertiary waits for both.
 */
export const secondaryAfterPrimary = rule({
  id: 'secondary.after-primary',
  severity: 'error',
  summary: 'A secondary or tertiary claim waits until the payers before it have adjudicated',
  check: ({ claim, earlier }) => {
    const rank = responsibilityRank(claim.responsibility)
    if (rank === 1) return []
    const hits: RuleHit[] = []
    for (const before of ['primary', 'secondary'] as const) {
      if (responsibilityRank(before) >= rank) continue
      const theirs = earlier.filter(
        (e) => e.responsibility === before && e.splitPart === claim.splitPart,
      )
      if (theirs.length === 0) {
        hits.push(
          hit(
            'claim.responsibility',
            `Held: this ${claim.responsibility} claim needs the ${before} claim for the same visit, and there is none — bill the ${before} payer first`,
          ),
        )
      } else if (!theirs.some((e) => ADJUDICATED.has(e.status))) {
        const e = theirs[0]!
        hits.push(
          hit(
            'claim.responsibility',
            `Held: a ${claim.responsibility} claim goes out after the ${before} payer adjudicates claim ${e.patientControlNumber} (now ${CLAIM_STATUS_LABELS[e.status]}) — it will be ready once that remittance is posted`,
          ),
        )
      }
    }
    return hits
  },
})

/** 2320 AMT*D and 2330B DTP*573: what each earlier payer paid, and when, must be on the claim. */
export const secondaryPriorPayment = rule({
  id: 'secondary.prior-payment',
  severity: 'error',
  summary: "A secondary or tertiary claim carries the earlier payers' adjudication",
  check: ({ claim, earlier }) => {
    const rank = responsibilityRank(claim.responsibility)
    // Until that payer has adjudicated, the hold above says what the claim waits for.
    const decided = (r: string) =>
      earlier.some((e) => e.responsibility === r && ADJUDICATED.has(e.status))
    return claim.data.otherPayers
      .filter(
        (o) =>
          responsibilityRank(o.responsibility) < rank &&
          !o.adjudication &&
          decided(o.responsibility),
      )
      .map((o) =>
        hit(
          'claim.otherPayers',
          `The ${o.responsibility} payer ${o.payer.record.name}'s payment is not on this claim — post its remittance first`,
        ),
      )
  },
})

/**
 * A crossover: the primary payer forwarded the claim to this payer itself (835 CLP02 19/20/21),
 * so sending it too would be a duplicate. Held as a warning: acknowledging it is the office's
 * decision to send the claim anyway (the payer asked for it, or the crossover never arrived).
 */
export const secondaryCrossedOver = rule({
  id: 'secondary.crossed-over',
  severity: 'warning',
  summary: 'A claim the earlier payer forwarded itself (crossover) is not sent again',
  check: ({ claim, crossover }) =>
    crossover
      ? [
          hit(
            'claim.responsibility',
            `Crossed over: the payer of claim ${crossover.fromPatientControlNumber} forwarded it to ` +
              `${crossover.payerName || `the ${claim.responsibility} payer`} itself — do not send this claim. ` +
              'Acknowledge this warning only to send it anyway (the payer asked for it, or the crossover never arrived).',
          ),
        ]
      : [],
})
