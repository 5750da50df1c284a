import { COVERAGE_ORDERS, type CoverageOrder } from '../../../../shared/validators/coveragePeriod'
import { readHash, useHashView } from '../../route'

export const PATIENT_TABS = ['demographics', 'insurance', 'ledger', 'plans'] as const
export type PatientTab = (typeof PATIENT_TABS)[number]

/**
 * Where in the Patients area the person is, named in the hash so Back and reload keep it. A
 * claim finding's link names a place in the chart: `#/patients/12?tab=insurance&order=primary&
 * focus=memberId` opens the primary coverage at its member ID.
 */
export type PatientView =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'import' }
  | { kind: 'detail'; patientId: number; place?: PatientPlace }

export interface PatientPlace {
  tab: PatientTab | null
  /** The coverage of this order is opened for editing. */
  order: CoverageOrder | null
  /** A field of the demographics ('dob', 'address.zip') or of the coverage ('subscriber.dob'). */
  focus: string | null
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return list.find((v) => v === value) ?? null
}

export function readPatientView(hash: string): PatientView {
  const { path, query } = readHash(hash)
  const sub = path[1] ?? ''
  if (sub === 'new') return { kind: 'new' }
  if (sub === 'import') return { kind: 'import' }
  if (/^\d+$/.test(sub)) {
    const place: PatientPlace = {
      tab: oneOf(PATIENT_TABS, query.get('tab')),
      order: oneOf(COVERAGE_ORDERS, query.get('order')),
      focus: query.get('focus'),
    }
    return { kind: 'detail', patientId: Number(sub), place }
  }
  return { kind: 'list' }
}

export function patientHref(view: PatientView): string {
  switch (view.kind) {
    case 'list':
      return '#/patients'
    case 'detail':
      return `#/patients/${view.patientId}`
    default:
      return `#/patients/${view.kind}`
  }
}

let flash: string | null = null

/** Goes to a view, with a one-line notice for it to show (e.g. "Saved 12 patients"). */
export function goPatients(view: PatientView, notice: string | null = null): void {
  flash = notice
  window.location.hash = patientHref(view)
}

/** The notice the last `goPatients` left for the view it opened. */
export function patientNotice(): string | null {
  return flash
}

export function usePatientView(): PatientView {
  return useHashView(readPatientView)
}
