import { hit, rule } from './rule'

/** Inactive records stay for past claims; a new claim with one is usually a stale pick. */
export const providerActive = rule({
  id: 'provider.active',
  severity: 'warning',
  summary: 'The rendering provider is active',
  check: ({ claim }) => {
    const p = claim.data.provider
    return p.active
      ? []
      : [
          hit(
            'provider.active',
            `Rendering provider ${p.record.firstName} ${p.record.lastName} is marked inactive — acknowledge if they saw the patient before leaving, otherwise fix the visit's provider`,
          ),
        ]
  },
})

export const payerActive = rule({
  id: 'payer.active',
  severity: 'warning',
  summary: 'The payer is active',
  check: ({ claim }) =>
    claim.data.payer.active
      ? []
      : [
          hit(
            'payer.active',
            `${claim.data.payer.record.name} is marked inactive — check the patient's insurance; acknowledge to bill it anyway`,
          ),
        ],
})
