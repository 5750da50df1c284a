import { isMedicare } from '../../../shared/validators/medicareSecondaryType'
import { hit, rule } from './rule'

/** 837P SBR05: a claim to Medicare as secondary or tertiary payer says why Medicare pays second. */
export const medicareSecondaryType = rule({
  id: 'coverage.medicare-secondary-type',
  severity: 'error',
  summary: 'A claim to Medicare as secondary or tertiary payer says why Medicare pays second',
  check: ({ claim }) => {
    const { payer, coverage } = claim.data
    if (claim.responsibility === 'primary') return []
    if (!isMedicare(payer.record.claimFilingIndicator)) return []
    if (coverage.record.medicareSecondaryType) return []
    return [
      hit(
        'coverage.medicareSecondaryType',
        `Medicare is the ${claim.responsibility} payer here: pick on the patient's Medicare coverage why Medicare pays second (working aged, ESRD, disability, no-fault…) — Medicare rejects the claim without it`,
      ),
    ]
  },
})
