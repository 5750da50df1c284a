import { placeOfServiceError } from '../../../shared/validators/placeOfService'
import { hit, rule } from './rule'

/** 2300 CLM05-1: a CMS place-of-service code, checked against the POS list when it is loaded. */
export const placeOfServiceValid = rule({
  id: 'pos.valid',
  severity: 'error',
  summary: 'The place of service is a CMS place-of-service code on the date of service',
  check: ({ claim, codes }) => {
    const pos = claim.data.visit.placeOfService ?? ''
    const error = placeOfServiceError(pos)
    if (error) return [hit('visit.placeOfService', error)]
    if (codes.loaded('pos') && !codes.entry('pos', pos, claim.dateOfService)) {
      return [
        hit(
          'visit.placeOfService',
          `Place of service ${pos} is not in the CMS place-of-service list for ${claim.dateOfService} — pick one from the list, like 11 for an office`,
        ),
      ]
    }
    return []
  },
})
