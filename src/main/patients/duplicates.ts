import type Database from 'better-sqlite3-multiple-ciphers'
import type { DuplicateMatch } from '../../shared/ops/patients'
import type { Coverage } from '../../shared/schemas/coverage'
import type { Patient } from '../../shared/schemas/patient'
import { allRows, storeQuery } from '../store/sync-query'
import { searchPatientsByIds } from './summary'

/**
 * A likely duplicate: the same name and date of birth, or the same payer and member ID. Two
 * charts for one person split their claims and balances, so the person is asked before creating.
 */
export function findDuplicates(
  db: Database.Database,
  patient: Pick<Patient, 'lastName' | 'firstName' | 'dob'>,
  coverages: Pick<Coverage, 'payerId' | 'memberId'>[],
  today: string,
): DuplicateMatch[] {
  const reasons = new Map<number, string>()
  const byName = allRows(
    db,
    storeQuery
      .selectFrom('patients')
      .select('id')
      .where('last_name', '=', patient.lastName)
      .where('first_name', '=', patient.firstName)
      .where('dob', '=', patient.dob),
  )
  for (const r of byName) reasons.set(r.id, 'same name and date of birth')
  for (const c of coverages) {
    const byMember = allRows(
      db,
      storeQuery
        .selectFrom('coverages')
        .select('patient_id')
        .where('payer_id', '=', c.payerId)
        .where('member_id', '=', c.memberId),
    )
    for (const r of byMember) {
      reasons.set(
        r.patient_id,
        reasons.has(r.patient_id)
          ? `${reasons.get(r.patient_id)}; same member ID`
          : `same payer and member ID ${c.memberId}`,
      )
    }
  }
  return searchPatientsByIds(db, [...reasons.keys()], today).map((s) => ({
    ...s,
    reason: reasons.get(s.patientId)!,
  }))
}
