/**
 * Balances are sums of ledger lines, computed when asked. (The reports read the running sums of
 * summaries.ts instead, written with the lines by the one function that writes them; a test
 * holds them equal to these sums.)
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Cents } from '../../shared/money'
import { allRows, firstRow, storeQuery } from '../store/sync-query'
import { ofPatients } from './ofPatients'

export interface Balance {
  insuranceCents: Cents
  patientCents: Cents
}

const sums = storeQuery
  .selectFrom('ledger_entries as l')
  .select((eb) => [
    eb.fn.coalesce(eb.fn.sum<number>('l.insurance_cents'), eb.lit(0)).as('insurance'),
    eb.fn.coalesce(eb.fn.sum<number>('l.patient_cents'), eb.lit(0)).as('patient'),
  ])

function toBalance(row: { insurance: number; patient: number } | undefined): Balance {
  return {
    insuranceCents: (row?.insurance ?? 0) as Cents,
    patientCents: (row?.patient ?? 0) as Cents,
  }
}

/** What insurance and the patient owe on the whole account (credit on account is negative). */
export function patientBalance(db: Database.Database, patientId: number): Balance {
  return toBalance(
    firstRow(
      db,
      sums.where((eb) => ofPatients(eb, [patientId])),
    ),
  )
}

/** What is owed on one visit, all its lines together. */
export function visitBalance(db: Database.Database, visitId: number): Balance {
  return toBalance(firstRow(db, sums.where('l.visit_id', '=', visitId)))
}

/** What is owed per service line of a visit, by line number. */
export function visitLineBalances(db: Database.Database, visitId: number): Map<number, Balance> {
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries')
      .select((eb) => [
        'line_no',
        eb.fn.sum<number>('insurance_cents').as('insurance'),
        eb.fn.sum<number>('patient_cents').as('patient'),
      ])
      .where('visit_id', '=', visitId)
      .where('line_no', 'is not', null)
      .groupBy('line_no'),
  )
  return new Map(rows.map((r) => [r.line_no!, toBalance(r)]))
}
