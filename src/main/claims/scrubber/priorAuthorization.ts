import { hit, rule } from './rule'

/** 2300 REF*G1: payers that require prior authorization deny a claim without the number. */
export const priorAuthorizationRequired = rule({
  id: 'auth.required',
  severity: 'error',
  summary: 'A prior authorization number is on the claim when the payer requires one',
  check: ({ claim }) => {
    const payer = claim.data.payer.record
    if (!payer.requiresPriorAuthorization || claim.data.visit.priorAuthorization) return []
    return [
      hit(
        'visit.priorAuthorization',
        `${payer.name} requires prior authorization — enter the authorization number from the payer's approval on the visit`,
      ),
    ]
  },
})
