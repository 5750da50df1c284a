import type Database from 'better-sqlite3-multiple-ciphers'
import type { FeeScheduleEntry } from '../../shared/schemas/feeSchedule'
import { cents, formatCents } from '../../shared/money'
import { DomainError } from '../errors'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'

export interface FeeRow extends FeeScheduleEntry {
  updatedAt: string
}

export function listFees(db: Database.Database): FeeRow[] {
  const fees = allRows(db, storeQuery.selectFrom('fee_schedule').selectAll().orderBy('code'))
  const allowed = allRows(
    db,
    storeQuery.selectFrom('fee_schedule_allowed').selectAll().orderBy('payer_id'),
  )
  return fees.map((f) => ({
    code: f.code,
    chargeCents: cents(f.charge_cents),
    expectedAllowed: allowed
      .filter((a) => a.code === f.code)
      .map((a) => ({ payerId: a.payer_id, allowedCents: cents(a.allowed_cents) })),
    updatedAt: f.updated_at,
  }))
}

/** One code's charge and its per-payer expectations, replaced together. */
export function saveFee(db: Database.Database, entry: FeeScheduleEntry, now: string): FeeRow {
  // Checked here so a stale pick list answers with the row at fault, not a foreign-key error.
  entry.expectedAllowed.forEach((a, index) => {
    if (!firstRow(db, storeQuery.selectFrom('payers').select('id').where('id', '=', a.payerId))) {
      throw new DomainError(
        'not_found',
        `There is no payer #${a.payerId}.`,
        `expectedAllowed.${index}.payerId`,
      )
    }
  })
  db.transaction(() => {
    if (entry.adding) refuseExisting(db, entry.code)
    runQuery(
      db,
      storeQuery
        .insertInto('fee_schedule')
        .values({ code: entry.code, charge_cents: entry.chargeCents, updated_at: now })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({ charge_cents: entry.chargeCents, updated_at: now }),
        ),
    )
    runQuery(db, storeQuery.deleteFrom('fee_schedule_allowed').where('code', '=', entry.code))
    for (const a of entry.expectedAllowed) {
      runQuery(
        db,
        storeQuery
          .insertInto('fee_schedule_allowed')
          .values({ code: entry.code, payer_id: a.payerId, allowed_cents: a.allowedCents }),
      )
    }
  })()
  return listFees(db).find((f) => f.code === entry.code)!
}

function refuseExisting(db: Database.Database, code: string): void {
  const existing = firstRow(
    db,
    storeQuery.selectFrom('fee_schedule').select('charge_cents').where('code', '=', code),
  )
  if (existing) {
    throw new DomainError(
      'conflict',
      `${code} is already on the fee schedule at ${formatCents(cents(existing.charge_cents))}: edit it to change its charge or expected allowed amounts.`,
      'code',
    )
  }
}

export function removeFee(db: Database.Database, code: string): void {
  const r = runQuery(db, storeQuery.deleteFrom('fee_schedule').where('code', '=', code))
  if (r.changes === 0)
    throw new DomainError('not_found', `${code} is not on the fee schedule.`, 'code')
}
