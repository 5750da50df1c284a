import { useCallback } from 'react'
import { isMedicare } from '../../../shared/validators/medicareSecondaryType'
import { call } from '../api'
import { useLoad } from '../useLoad'

export interface PayerOption {
  id: number
  name: string
  active: boolean
  /** Medicare (claim filing indicator MA/MB): a secondary Medicare coverage says why. */
  medicare: boolean
}

/** The practice's payers for a coverage's payer picker; inactive ones only to show old rows. */
export function usePayerChoices() {
  const load = useCallback(
    () =>
      call('payers.list', { includeInactive: true }).then((rows) =>
        rows.map((r) => ({
          id: r.id,
          name: r.record.name,
          active: r.active,
          medicare: isMedicare(r.record.claimFilingIndicator),
        })),
      ),
    [],
  )
  return useLoad<PayerOption[]>(load)
}
