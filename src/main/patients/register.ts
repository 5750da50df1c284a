import type Database from 'better-sqlite3-multiple-ciphers'
import type { DuplicateMatch, PatientDetail } from '../../shared/ops/patients'
import type { Coverage } from '../../shared/schemas/coverage'
import type { Patient } from '../../shared/schemas/patient'
import { DomainError } from '../errors'
import { findDuplicates } from './duplicates'
import { getPatientDetail, insertPatient, saveCoverage } from './records'

export type Registration =
  | { created: true; patientId: number; detail: PatientDetail }
  | { created: false; duplicates: DuplicateMatch[] }

/** Registers a patient with coverages in one transaction, unless it looks like someone on file. */
export function registerPatient(
  db: Database.Database,
  input: { patient: Patient; coverages: Coverage[]; acknowledgeDuplicates: boolean },
  now: string,
  today: string,
): Registration {
  if (!input.acknowledgeDuplicates) {
    const duplicates = findDuplicates(db, input.patient, input.coverages, today)
    if (duplicates.length > 0) return { created: false, duplicates }
  }
  const patientId = db.transaction(() => {
    const id = insertPatient(db, input.patient, now)
    input.coverages.forEach((c, index) => {
      try {
        saveCoverage(db, id, undefined, c, now)
      } catch (err) {
        // saveCoverage names fields as coverages.save's input does; point at this form's row.
        if (err instanceof DomainError && err.field?.startsWith('coverage.')) {
          throw new DomainError(
            err.code,
            err.message,
            `coverages.${index}.${err.field.slice('coverage.'.length)}`,
          )
        }
        throw err
      }
    })
    return id
  })()
  return { created: true, patientId, detail: getPatientDetail(db, patientId) }
}
