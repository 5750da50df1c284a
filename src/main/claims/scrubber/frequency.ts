import { hit, rule } from './rule'

/** 2300 REF*F8: a replacement (7) or void (8) names the payer's number of the claim it changes. */
export const frequencyReference = rule({
  id: 'frequency.reference',
  severity: 'error',
  summary: "A replacement or void carries the payer's claim number of the original",
  check: ({ claim }) => {
    if (claim.frequency === '1' || claim.originalReference) return []
    const kind = claim.frequency === '7' ? 'A replacement (frequency 7)' : 'A void (frequency 8)'
    return [
      hit(
        'claim.payerClaimControlNumber',
        `${kind} needs the payer's claim number of the original claim — copy it from the remittance or the payer's acknowledgment`,
      ),
    ]
  },
})
