import type { OpOutput } from '../../../../shared/api'
import { call } from '../../api'
import { personName } from '../../components/PatientDemographicsView'
import { useLoad } from '../../useLoad'

export interface Choice {
  id: number
  label: string
  active: boolean
}

export interface LocationChoice extends Choice {
  placeOfService: string
}

export type FavoriteRow = OpOutput<'favorites.list'>[number]

/** The practice's records a visit is coded against, asked for once per opening of the screen. */
export interface CodingSetup {
  providers: Choice[]
  locations: LocationChoice[]
  referrers: Choice[]
  /** Charge in cents per procedure code. */
  fees: Map<string, number>
  favorites: FavoriteRow[]
}

const loadSetup = async (): Promise<CodingSetup> => {
  const [providers, locations, referrers, fees, favorites] = await Promise.all([
    call('providers.list', { includeInactive: true }),
    call('locations.list', { includeInactive: true }),
    call('referrers.list', { includeInactive: true }),
    call('fees.list', {}),
    call('favorites.list', {}),
  ])
  return {
    providers: providers.map((p) => ({
      id: p.id,
      label: `${personName(p.record)} ${p.record.credentials}`.trim(),
      active: p.active,
    })),
    locations: locations.map((l) => ({
      id: l.id,
      label: l.record.name,
      active: l.active,
      placeOfService: l.record.defaultPlaceOfService,
    })),
    referrers: referrers.map((r) => ({
      id: r.id,
      label: `${personName(r.record)} · NPI ${r.record.npi}`,
      active: r.active,
    })),
    fees: new Map(fees.map((f) => [f.code, f.chargeCents])),
    favorites,
  }
}

export function useCodingSetup() {
  return useLoad(loadSetup)
}

/** Pick lists offer active records, plus an inactive one the visit already names. */
export function choicesFor<T extends Choice>(all: readonly T[], current: number | undefined): T[] {
  return all.filter((c) => c.active || c.id === current)
}
