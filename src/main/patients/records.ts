import type Database from 'better-sqlite3-multiple-ciphers'
import type { CoverageRow, PatientDetail } from '../../shared/ops/patients'
import type { z } from 'zod'
import type { Coverage } from '../../shared/schemas/coverage'
import type { Patient } from '../../shared/schemas/patient'
import { overlappingCoverageOrders } from '../../shared/validators/coveragePeriod'
import { DomainError } from '../errors'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'

// Account numbers start at 100001 so they never look like a short code or a date.
const FIRST_ACCOUNT_NO = 100_001

/** Answered from the index patients_by_account_number (migration 002), not a table scan. */
export const LAST_ACCOUNT_NO = storeQuery
  .selectFrom('patients')
  .select((eb) => eb.fn.max<number>(eb.cast('account_no', 'integer')).as('n'))

export function nextAccountNo(db: Database.Database): string {
  const row = firstRow(db, LAST_ACCOUNT_NO)
  return String(Math.max(FIRST_ACCOUNT_NO, (row?.n ?? 0) + 1))
}

function patientColumns(p: Patient) {
  return {
    last_name: p.lastName,
    first_name: p.firstName,
    dob: p.dob,
    phone_home: p.phones.home ?? null,
    phone_mobile: p.phones.mobile ?? null,
    phone_work: p.phones.work ?? null,
    data: JSON.stringify(p),
  }
}

export function insertPatient(db: Database.Database, patient: Patient, now: string): number {
  const r = runQuery(
    db,
    storeQuery.insertInto('patients').values({
      account_no: nextAccountNo(db),
      ...patientColumns(patient),
      created_at: now,
      updated_at: now,
    }),
  )
  return Number(r.lastInsertRowid)
}

export function updatePatient(
  db: Database.Database,
  patientId: number,
  patient: Patient,
  now: string,
): void {
  assertPatient(db, patientId)
  runQuery(
    db,
    storeQuery
      .updateTable('patients')
      .set({ ...patientColumns(patient), updated_at: now })
      .where('id', '=', patientId),
  )
}

function assertPatient(db: Database.Database, patientId: number): void {
  const row = firstRow(
    db,
    storeQuery.selectFrom('patients').select('id').where('id', '=', patientId),
  )
  if (!row) throw new DomainError('not_found', `There is no patient #${patientId}.`, 'patientId')
}

/** Saves one coverage after checking the patient keeps one active coverage per order per date. */
export function saveCoverage(
  db: Database.Database,
  patientId: number,
  coverageId: number | undefined,
  coverage: Coverage,
  now: string,
): number {
  assertPatient(db, patientId)
  assertPayer(db, coverage.payerId, coverageId === undefined)
  const others = coveragesOf(db, patientId).filter((c) => c.coverageId !== coverageId)
  const clash = overlappingCoverageOrders([...others.map((c) => c.coverage), coverage])
  if (clash) throw new DomainError('conflict', clash, 'coverage.effectiveDate')
  const columns = {
    payer_id: coverage.payerId,
    coverage_order: coverage.order,
    member_id: coverage.memberId,
    effective_date: coverage.effectiveDate,
    end_date: coverage.endDate ?? null,
    data: JSON.stringify(coverage),
    updated_at: now,
  }
  if (coverageId === undefined) {
    const r = runQuery(
      db,
      storeQuery
        .insertInto('coverages')
        .values({ ...columns, patient_id: patientId, created_at: now }),
    )
    return Number(r.lastInsertRowid)
  }
  const r = runQuery(
    db,
    storeQuery
      .updateTable('coverages')
      .set(columns)
      .where('id', '=', coverageId)
      .where('patient_id', '=', patientId),
  )
  if (r.changes === 0)
    throw new DomainError('not_found', `This patient has no coverage #${coverageId}.`, 'coverageId')
  return coverageId
}

export function removeCoverage(db: Database.Database, patientId: number, coverageId: number): void {
  const r = runQuery(
    db,
    storeQuery
      .deleteFrom('coverages')
      .where('id', '=', coverageId)
      .where('patient_id', '=', patientId),
  )
  if (r.changes === 0)
    throw new DomainError('not_found', `This patient has no coverage #${coverageId}.`, 'coverageId')
}

/** A payer taken out of the pick lists stays on old coverages but is not given to new ones. */
function assertPayer(db: Database.Database, payerId: number, isNew: boolean): void {
  const row = firstRow(
    db,
    storeQuery.selectFrom('payers').select(['active', 'label']).where('id', '=', payerId),
  )
  if (!row) throw new DomainError('not_found', `There is no payer #${payerId}.`, 'coverage.payerId')
  if (isNew && row.active === 0) {
    throw new DomainError(
      'conflict',
      `${row.label} is inactive; reactivate it under Practice → Payers first.`,
      'coverage.payerId',
    )
  }
}

export function coveragesOf(
  db: Database.Database,
  patientId: number,
): z.infer<typeof CoverageRow>[] {
  const order = { primary: 1, secondary: 2, tertiary: 3 }
  return allRows(
    db,
    storeQuery
      .selectFrom('coverages')
      .innerJoin('payers', 'payers.id', 'coverages.payer_id')
      .select(['coverages.id', 'coverages.data', 'payers.label'])
      .where('coverages.patient_id', '=', patientId)
      .orderBy('coverages.effective_date', 'desc'),
  )
    .map((r) => ({
      coverageId: r.id,
      payerName: r.label,
      coverage: JSON.parse(r.data) as Coverage,
    }))
    .sort((a, b) => order[a.coverage.order] - order[b.coverage.order])
}

export function getPatientDetail(db: Database.Database, patientId: number): PatientDetail {
  const row = firstRow(
    db,
    storeQuery.selectFrom('patients').selectAll().where('id', '=', patientId),
  )
  if (!row) throw new DomainError('not_found', `There is no patient #${patientId}.`, 'patientId')
  return {
    patientId: row.id,
    accountNo: row.account_no,
    patient: JSON.parse(row.data) as Patient,
    coverages: coveragesOf(db, patientId),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
