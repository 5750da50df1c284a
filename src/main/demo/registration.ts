import type Database from 'better-sqlite3-multiple-ciphers'
import { PatientCoverages } from '../../shared/schemas/coverage'
import { Patient } from '../../shared/schemas/patient'
import { insertPatient, saveCoverage } from '../patients/records'
import type { DemoPayerIds, DemoPayerKind } from './directory'
import { demoPatient } from './patients'
import { seededRandom } from './random'

export interface DemoPatientCounts {
  patients: number
  oneCoverage: number
  primaryAndSecondary: number
  selfPay: number
  children: number
  endedCoverage: number
  coverages: number
}

/** What the visit planner needs to know of a registered demo patient. */
export interface DemoChart {
  patientId: number
  dob: string
  /** The payers of the coverages in force (an ended plan is left out). */
  primary: DemoPayerKind | null
  secondary: DemoPayerKind | null
}

export interface DemoRegistration {
  counts: DemoPatientCounts
  /** The first `charts` patients, for the demo's visits and claims. */
  charts: DemoChart[]
}

/**
 * Registers `count` fake patients in one transaction, through the same record functions as
 * 'patients.create' and with each record parsed by the same schemas, but without a router call
 * (and its duplicate search) per patient: 50,000 of them must go in well within a minute.
 */
export function registerDemoPatients(
  db: Database.Database,
  payers: DemoPayerIds,
  count: number,
  seed: number,
  now: string,
  charts = 0,
): DemoRegistration {
  const rng = seededRandom(seed)
  const kindOf = new Map(
    (Object.entries(payers) as [DemoPayerKind, number][]).map(([kind, id]) => [id, kind]),
  )
  const sample: DemoChart[] = []
  const counts: DemoPatientCounts = {
    patients: 0,
    oneCoverage: 0,
    primaryAndSecondary: 0,
    selfPay: 0,
    children: 0,
    endedCoverage: 0,
    coverages: 0,
  }
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const demo = demoPatient(rng, i, payers)
      const patient = Patient.parse(demo.patient)
      const coverages = PatientCoverages.parse(demo.coverages)
      const patientId = insertPatient(db, patient, now)
      for (const coverage of coverages) saveCoverage(db, patientId, undefined, coverage, now)
      if (i < charts) {
        const inForce = coverages.filter((c) => !c.endDate)
        const payerOf = (order: 'primary' | 'secondary') => {
          const found = inForce.find((c) => c.order === order)
          return found ? (kindOf.get(found.payerId) ?? null) : null
        }
        sample.push({
          patientId,
          dob: patient.dob,
          primary: payerOf('primary'),
          secondary: payerOf('secondary'),
        })
      }
      counts.patients++
      counts.coverages += coverages.length
      if (demo.kind === 'one') counts.oneCoverage++
      else if (demo.kind === 'two') counts.primaryAndSecondary++
      else counts.selfPay++
      if (demo.child) counts.children++
      if (demo.endedCoverage) counts.endedCoverage++
    }
  })()
  return { counts, charts: sample }
}
