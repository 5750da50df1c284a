/**
 * A fake practice ready to bill: billing provider, a provider, a location, payers, a fee
 * schedule, and helpers to register patients and code visits, all through the router. Every
 * name and number is made up ("Testpatient", "Example St", 555-01xx lines, NPIs with a valid
 * check digit over invented bases).
 */
import type { OpInput, OpName, OpOutput } from '../../../src/shared/api'
import type { CoverageInput } from '../../../src/shared/schemas/coverage'
import type { PatientInput } from '../../../src/shared/schemas/patient'
import type { PayerInput } from '../../../src/shared/schemas/payer'
import type { ServiceLineInput, VisitInput } from '../../../src/shared/schemas/visit'
import { newPractice, type TestPractice } from '../../support/practice'
import * as records from '../../support/records'

export { fakeNpi } from '../../support/records'

/** The practice's "now": every claim test runs on this day, so ages and limits are fixed. */
export const NOW = '2026-03-02T15:30:00'
export const DOS = '2026-02-20'

export interface ClaimPractice extends TestPractice {
  /** Calls as the administrator, throwing the refusal's message. */
  run<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>>
  providerId: number
  locationId: number
  payerId: number
  secondPayerId: number
  payer(overrides?: Partial<PayerInput>): Promise<number>
  patient(coverages: CoverageInput[], overrides?: Partial<PatientInput>): Promise<number>
  /** Saves a visit and marks it coded; fails the test if coding finds problems. */
  codedVisit(patientId: number, overrides?: Partial<VisitInput>): Promise<number>
  /** Every claim made for a coded visit. */
  bill(visitId: number): Promise<OpOutput<'claims.create'>>
}

export function officeVisit(overrides: Partial<ServiceLineInput> = {}): ServiceLineInput {
  return { code: '99213', units: 1, chargeCents: 12500, pointers: [1], ...overrides }
}

/** The shared coverage builder, effective from 2025 (a year before NOW). */
export function coverage(payerId: number, overrides: Partial<CoverageInput> = {}): CoverageInput {
  return records.coverage(payerId, { effectiveDate: '2025-01-01', ...overrides })
}

/** `clock` defaults to the fixed NOW; the command-line test runs on the real one. */
export async function claimPractice(
  clock: () => Date = () => new Date(NOW),
): Promise<ClaimPractice> {
  const p = await newPractice({ clock })
  const run = <N extends OpName>(name: N, input: OpInput<N>) => p.call(p.admin, name, input)
  await run('practice.update', records.practiceProfile())
  const provider = await run('providers.save', { record: records.provider() })
  const location = await run('locations.save', { record: records.location() })
  const payer = async (overrides: Partial<PayerInput> = {}) =>
    (await run('payers.save', { record: records.payer(overrides) })).id
  const payerId = await payer()
  const secondPayerId = await payer({
    name: 'Second Example Plan (FAKE)',
    clearinghousePayerId: 'FAKE002',
  })
  for (const [code, chargeCents] of [
    ['99213', 12500],
    ['99214', 18500],
    ['20610', 21000],
    ['36415', 2500],
    ['93000', 6000],
  ] as const) {
    await run('fees.save', { code, chargeCents })
  }

  let patients = 0
  return {
    ...p,
    run,
    providerId: provider.id,
    locationId: location.id,
    payerId,
    secondPayerId,
    payer,
    async patient(coverages, overrides = {}) {
      patients++
      const r = await run('patients.create', {
        patient: records.patient({
          firstName: `Alice${'abcdefghijklmnopqrstuvwxyz'[patients % 26]}`,
          ...overrides,
        }),
        coverages,
        acknowledgeDuplicates: true,
      })
      if (!r.created) throw new Error('patient not created')
      return r.patientId
    },
    async codedVisit(patientId, overrides = {}) {
      const saved = await run('visits.save', {
        visit: {
          patientId,
          dateOfService: DOS,
          renderingProviderId: provider.id,
          locationId: location.id,
          placeOfService: '11',
          diagnoses: ['E11.9', 'I10'],
          lines: [officeVisit()],
          ...overrides,
        },
      })
      const coded = await run('visits.markCoded', { visitId: saved.visitId })
      if (!coded.coded) {
        throw new Error(`visit not coded: ${coded.problems.map((x) => x.message).join('; ')}`)
      }
      return saved.visitId
    },
    bill: (visitId) => run('claims.create', { visitId }),
  }
}
