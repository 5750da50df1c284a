import type Database from 'better-sqlite3-multiple-ciphers'
import type { PatientSummary } from '../../shared/ops/patients'
import type { Patient } from '../../shared/schemas/patient'
import { allRows, storeQuery } from '../store/sync-query'

export const SUMMARY_COLUMNS = [
  'id',
  'account_no',
  'last_name',
  'first_name',
  'dob',
  'phone_home',
  'phone_mobile',
  'phone_work',
  'data',
] as const

interface SummaryRow {
  id: number
  account_no: string
  last_name: string
  first_name: string
  dob: string
  phone_home: string | null
  phone_mobile: string | null
  phone_work: string | null
  data: string
}

/** One line per patient in a pick list: who, born when, reachable how, insured by whom today. */
export function toSummaries(
  db: Database.Database,
  rows: SummaryRow[],
  today: string,
): PatientSummary[] {
  const primary = primaryCoverages(
    db,
    rows.map((r) => r.id),
    today,
  )
  return rows.map((r) => {
    const p = JSON.parse(r.data) as Patient
    const cov = primary.get(r.id)
    return {
      patientId: r.id,
      accountNo: r.account_no,
      lastName: r.last_name,
      firstName: r.first_name,
      middleName: p.middleName ?? null,
      dob: r.dob,
      sex: p.sex,
      phone: r.phone_mobile ?? r.phone_home ?? r.phone_work,
      primaryPayer: cov?.payer ?? null,
      memberId: cov?.memberId ?? null,
    }
  })
}

export function searchPatientsByIds(
  db: Database.Database,
  ids: number[],
  today: string,
): PatientSummary[] {
  if (ids.length === 0) return []
  const rows = allRows(
    db,
    storeQuery.selectFrom('patients').select(SUMMARY_COLUMNS).where('id', 'in', ids).orderBy('id'),
  )
  return toSummaries(db, rows, today)
}

function primaryCoverages(db: Database.Database, ids: number[], today: string) {
  const found = new Map<number, { payer: string; memberId: string }>()
  if (ids.length === 0) return found
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('coverages')
      .innerJoin('payers', 'payers.id', 'coverages.payer_id')
      .select(['coverages.patient_id', 'coverages.member_id', 'payers.label'])
      .where('coverages.patient_id', 'in', ids)
      .where('coverages.coverage_order', '=', 'primary')
      .where('coverages.effective_date', '<=', today)
      .where((eb) =>
        eb.or([eb('coverages.end_date', 'is', null), eb('coverages.end_date', '>=', today)]),
      ),
  )
  for (const r of rows) found.set(r.patient_id, { payer: r.label, memberId: r.member_id })
  return found
}
