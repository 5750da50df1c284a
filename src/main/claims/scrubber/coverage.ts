import { coverageCovers } from '../../../shared/validators/coveragePeriod'
import { hit, rule } from './rule'

/** The coverage billed must be in force on the date of service (else CARC 27 or 26). */
export const coverageActive = rule({
  id: 'coverage.active',
  severity: 'error',
  summary: 'The coverage billed is active on the date of service',
  check: ({ claim }) => {
    const c = claim.data.coverage.record
    const dos = claim.dateOfService
    if (coverageCovers(c, dos)) return []
    const when =
      c.effectiveDate > dos ? `starts on ${c.effectiveDate}` : `ended on ${c.endDate ?? ''}`
    return [
      hit(
        c.effectiveDate > dos ? 'coverage.effectiveDate' : 'coverage.endDate',
        `The ${claim.data.payer.record.name} coverage ${when}, so it does not cover the service on ${dos} — check the card's dates, or bill the coverage active that day`,
      ),
    ]
  },
})

/** The claim's payer is fixed when it is made; a coverage moved to another payer needs a new claim. */
export const coveragePayer = rule({
  id: 'coverage.payer',
  severity: 'error',
  summary: 'The coverage still names the payer the claim is for',
  check: ({ claim }) =>
    claim.data.coverage.record.payerId === claim.data.payer.id
      ? []
      : [
          hit(
            'coverage.payerId',
            `The patient's coverage now names another payer than ${claim.data.payer.record.name} — void this claim and bill the visit again`,
          ),
        ],
})
