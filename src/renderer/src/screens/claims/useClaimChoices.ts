import { useCallback } from 'react'
import { call } from '../../api'
import { useLoad } from '../../useLoad'

export interface Choice {
  value: string
  label: string
}

export interface ClaimChoices {
  payers: Choice[]
  providers: Choice[]
}

/** The payers and providers to filter claims by (inactive ones too: old claims name them). */
export function useClaimChoices() {
  const load = useCallback(async (): Promise<ClaimChoices> => {
    const [payers, providers] = await Promise.all([
      call('payers.list', { includeInactive: true }),
      call('providers.list', { includeInactive: true }),
    ])
    return {
      payers: payers.map((p) => ({ value: String(p.id), label: p.record.name })),
      providers: providers.map((p) => ({
        value: String(p.id),
        label: `${p.record.lastName}, ${p.record.firstName} ${p.record.credentials}`.trim(),
      })),
    }
  }, [])
  return useLoad(load)
}
