import { hit, rule } from './rule'

const WHERE: Record<string, string> = {
  patient: 'patient',
  coverage: 'coverage',
  coverages: 'coverage',
  payer: 'payer',
  provider: 'provider',
  location: 'location',
  referrer: 'referrer',
}

/** A record the claim was made from has been deleted: the claim still shows the old copy. */
export const missingRecords = rule({
  id: 'record.missing',
  severity: 'error',
  summary: 'Every record the claim was made from still exists',
  check: ({ claim }) =>
    claim.data.missing.map((what) =>
      hit(
        WHERE[what] ?? what,
        `The ${what} this claim was made from has been removed — void the claim and bill the visit again with current records`,
      ),
    ),
})
