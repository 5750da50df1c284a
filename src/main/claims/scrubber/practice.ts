import { einError } from '../../../shared/validators/ein'
import { hit, rule } from './rule'

export const practiceProfile = rule({
  id: 'practice.profile',
  severity: 'error',
  summary: 'The practice is set up as billing provider (2010AA)',
  check: ({ claim }) =>
    claim.data.practice
      ? []
      : [
          hit(
            'practice',
            'The practice is not set up as billing provider yet — enter its legal name, NPI, EIN, taxonomy and street address in Practice → Billing provider',
          ),
        ],
})

/** 2010AA REF*EI: the practice's federal tax ID, never an SSN. */
export const billingEin = rule({
  id: 'billing.ein',
  severity: 'error',
  summary: "The billing provider's EIN (REF*EI) is present and well formed",
  check: ({ claim }) => {
    const practice = claim.data.practice
    if (!practice) return []
    const error = einError(practice.ein ?? '')
    return error ? [hit('practice.ein', `${error} (Practice → Billing provider)`)] : []
  },
})
