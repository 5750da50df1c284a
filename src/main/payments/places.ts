/**
 * Where a patient's money sits, read from the ledger: what is still owed per visit line, and
 * which payment holds how much on which visit line or on the account as credit. Everything is a
 * sum of ledger lines; nothing here is stored.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import { ofPatients } from '../ledger/ofPatients'
import { allRows, firstRow, storeQuery } from '../store/sync-query'

/** One service line of a visit with what the patient and insurance still owe on it. */
export interface OpenLine {
  visitId: number
  lineNo: number
  dateOfService: string
  patientCents: number
  insuranceCents: number
}

/** Every visit line of the patient with its balances, oldest visit first, lines in order. */
export function visitLines(db: Database.Database, patientId: number): OpenLine[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries as l')
      .innerJoin('visits as v', 'v.id', 'l.visit_id')
      .select((eb) => [
        'l.visit_id as visitId',
        'l.line_no as lineNo',
        'v.date_of_service as dateOfService',
        eb.fn.sum<number>('l.patient_cents').as('patientCents'),
        eb.fn.sum<number>('l.insurance_cents').as('insuranceCents'),
      ])
      .where((eb) => ofPatients(eb, [patientId]))
      .where('l.line_no', 'is not', null)
      .groupBy(['l.visit_id', 'l.line_no', 'v.date_of_service'])
      .orderBy('v.date_of_service')
      .orderBy('l.visit_id')
      .orderBy('l.line_no'),
  ).map((r) => ({ ...r, visitId: r.visitId!, lineNo: r.lineNo! }))
}

/** Lines where the patient owes something, oldest first: where a payment goes. */
export function openPatientLines(db: Database.Database, patientId: number): OpenLine[] {
  return visitLines(db, patientId).filter((l) => l.patientCents > 0)
}

/** A visit of this patient that has been billed (its charges are on the ledger). */
export function billedVisitLines(
  db: Database.Database,
  patientId: number,
  visitId: number,
): OpenLine[] {
  const visit = firstRow(
    db,
    storeQuery.selectFrom('visits').select(['patient_id', 'status']).where('id', '=', visitId),
  )
  if (!visit || visit.patient_id !== patientId) {
    throw new DomainError('not_found', `Visit #${visitId} is not one of this patient's visits.`)
  }
  const lines = visitLines(db, patientId).filter((l) => l.visitId === visitId)
  if (lines.length === 0) {
    throw new DomainError(
      'conflict',
      `Visit #${visitId} is not billed yet, so nothing is owed on it: put the money on the account as credit and apply it once the visit is billed.`,
    )
  }
  return lines
}

/** How much of one payment sits at one place: a visit line, or the account (visitId null). */
export interface Holding {
  paymentId: number
  receivedDate: string
  visitId: number | null
  lineNo: number | null
  /** Positive: the amount of the payment sitting there. */
  cents: number
}

/** What each live patient payment holds where, oldest payment first. */
export function holdings(db: Database.Database, patientId: number): Holding[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries as l')
      .innerJoin('payments as p', 'p.id', 'l.payment_id')
      .select((eb) => [
        'l.payment_id as paymentId',
        'p.received_date as receivedDate',
        'l.visit_id as visitId',
        'l.line_no as lineNo',
        eb.fn.sum<number>('l.patient_cents').as('net'),
      ])
      .where((eb) => ofPatients(eb, [patientId]))
      .where('p.source', '=', 'patient')
      .where('p.voided_at', 'is', null)
      .groupBy(['l.payment_id', 'p.received_date', 'l.visit_id', 'l.line_no'])
      .having((eb) => eb.fn.sum('l.patient_cents'), '<', 0)
      .orderBy('p.received_date')
      .orderBy('l.payment_id'),
  ).map((r) => ({
    paymentId: r.paymentId!,
    receivedDate: r.receivedDate,
    visitId: r.visitId,
    lineNo: r.lineNo,
    cents: 0 - r.net,
  }))
}

/** Unapplied credit on the account, per payment, oldest first. */
export function creditHoldings(db: Database.Database, patientId: number): Holding[] {
  return holdings(db, patientId).filter((h) => h.visitId === null)
}

export function creditCents(db: Database.Database, patientId: number): number {
  return creditHoldings(db, patientId).reduce((s, h) => s + h.cents, 0)
}

/** Takes `amount` from holdings in their order; refuses when they hold less. */
export function draw(
  from: readonly Holding[],
  amount: number,
  shortfall: (available: number) => string,
): { holding: Holding; cents: number }[] {
  const available = from.reduce((s, h) => s + h.cents, 0)
  if (amount > available) throw new DomainError('conflict', shortfall(available))
  const out: { holding: Holding; cents: number }[] = []
  let left = amount
  for (const holding of from) {
    if (left === 0) break
    const take = Math.min(left, holding.cents)
    if (take > 0) out.push({ holding, cents: take })
    left -= take
  }
  return out
}

export function patientExists(db: Database.Database, patientId: number): void {
  const row = firstRow(
    db,
    storeQuery.selectFrom('patients').select('id').where('id', '=', patientId),
  )
  if (!row) throw new DomainError('not_found', `There is no patient #${patientId}.`)
}
