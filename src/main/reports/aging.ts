/**
 * A/R aging: what is owed on each visit (its ledger lines added up to the as-of date), put in
 * an age bucket by the date of service or by the day its first claim went out, and added up by
 * payer or by patient in SQL. Insurance balances belong to the payer of the visit's latest claim
 * that is not voided (a secondary once the primary paid, the replacement after a correction).
 * Credits on the account that are not applied to a visit are not aged.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ExpressionBuilder } from 'kysely'
import type { z } from 'zod'
import type { AgingCellInput, AgingClaim, AgingReport, AgingRow } from '../../shared/ops/reports'
import { AGE_BUCKETS, type AgeBucket } from '../../shared/schemas/claim'
import type { StoreSchema } from '../store/schema'
import { allRows, firstRow, storeQuery } from '../store/sync-query'
import { addDays, daysBetween } from './dates'

export type AgedFrom = 'service' | 'billed'

/** The oldest date (inclusive) of each bucket but the last, for an as-of date. */
function bucketStarts(asOf: string): string[] {
  return [30, 60, 90, 120].map((d) => addDays(asOf, -d))
}

/** Which bucket a date falls in, as of `asOf` (ages are whole days; 0–30 includes day 30). */
export function bucketOf(date: string, asOf: string): AgeBucket {
  const age = daysBetween(date, asOf)
  if (age <= 30) return '0-30'
  if (age <= 60) return '31-60'
  if (age <= 90) return '61-90'
  if (age <= 120) return '91-120'
  return '121+'
}

/**
 * What each visit owed as of `asOf`, for the visits that owed something. A visit with no line
 * dated after `asOf` owes its running balance (visit_balances: the open ones come from a small
 * partial index); only the visits with later lines are added up again from the ledger, up to
 * the date. As of today that is none of them, so the aging never reads the ledger itself.
 * `servedBefore` keeps only visits with an earlier date of service.
 */
function balancesAsOf(asOf: string, servedBefore?: string) {
  let settled = storeQuery
    .selectFrom('visit_balances')
    .select([
      'visit_id',
      'patient_id',
      'date_of_service',
      'insurance_cents as ins',
      'patient_cents as pat',
    ])
    .where('last_date', '<=', asOf)
    // Written as the partial index visit_balances_open has it, so SQLite uses that index.
    .where((eb) =>
      eb.or([eb('insurance_cents', '<>', eb.lit(0)), eb('patient_cents', '<>', eb.lit(0))]),
    )
  let later = storeQuery
    .selectFrom('visit_balances')
    .select('visit_id')
    .where('last_date', '>', asOf)
  if (servedBefore !== undefined) {
    settled = settled.where('date_of_service', '<', servedBefore)
    later = later.where('date_of_service', '<', servedBefore)
  }
  const sums = storeQuery
    .selectFrom('ledger_entries')
    .select((eb) => [
      'visit_id',
      eb.fn.sum<number>('insurance_cents').as('ins'),
      eb.fn.sum<number>('patient_cents').as('pat'),
    ])
    .where('visit_id', 'in', later)
    .where('effective_date', '<=', asOf)
    .groupBy('visit_id')
    .having((eb) =>
      eb.or([eb(eb.fn.sum('insurance_cents'), '!=', 0), eb(eb.fn.sum('patient_cents'), '!=', 0)]),
    )
  const since = storeQuery
    .selectFrom(sums.as('s'))
    .innerJoin('visit_balances as vb', 'vb.visit_id', 's.visit_id')
    .select(['vb.visit_id', 'vb.patient_id', 'vb.date_of_service', 's.ins', 's.pat'])
  return settled.unionAll(since)
}

type VisitEb = ExpressionBuilder<StoreSchema & { b: { visit_id: number } }, 'b'>

/**
 * A column of the visit's latest claim that is not voided (index claims_by_visit_payer holds
 * both columns asked for, so no claim row is read).
 */
function latestClaim(eb: VisitEb, column: 'claims.id' | 'claims.payer_id') {
  return eb
    .selectFrom('claims')
    .select(column)
    .whereRef('claims.visit_id', '=', 'b.visit_id')
    .where('claims.status', '!=', 'voided')
    .orderBy('claims.id', 'desc')
    .limit(1)
}

/** Each visit with a balance as of `asOf`: what insurance and the patient owe, its dates. */
export function openVisits(asOf: string, agedFrom: AgedFrom) {
  return storeQuery.selectFrom(balancesAsOf(asOf).as('b')).select((eb) => [
    'b.visit_id',
    'b.ins',
    'b.pat',
    'b.patient_id',
    'b.date_of_service',
    latestClaim(eb, 'claims.id').as('claim_id'),
    latestClaim(eb, 'claims.payer_id').as('payer_id'),
    (agedFrom === 'service'
      ? eb.ref('b.date_of_service')
      : eb.fn.coalesce(
          eb.fn<string>('substr', [
            eb
              .selectFrom('claims')
              .select((c) => c.fn.min('claims.submitted_at').as('first'))
              .whereRef('claims.visit_id', '=', 'b.visit_id'),
            eb.lit(1),
            eb.lit(10),
          ]),
          eb.ref('b.date_of_service'),
        )
    ).as('aged_from'),
  ])
}

type Open = ReturnType<typeof openVisits>

function bucketCase(
  eb: ExpressionBuilder<StoreSchema & { o: { aged_from: string } }, 'o'>,
  asOf: string,
) {
  const [d30, d60, d90, d120] = bucketStarts(asOf)
  return eb
    .case()
    .when('o.aged_from', '>=', d30!)
    .then(0)
    .when('o.aged_from', '>=', d60!)
    .then(1)
    .when('o.aged_from', '>=', d90!)
    .then(2)
    .when('o.aged_from', '>=', d120!)
    .then(3)
    .else(4)
    .end()
}

const zeros = () => AGE_BUCKETS.map(() => 0)

interface Grouped {
  key: number | null
  bucket: number
  ins: number
  pat: number
}

function grouped(db: Database.Database, open: Open, by: 'payer' | 'patient', asOf: string) {
  const q = storeQuery
    .selectFrom(open.as('o'))
    .select((eb) => [
      (by === 'payer' ? eb.ref('o.payer_id') : eb.ref('o.patient_id')).as('key'),
      bucketCase(eb as never, asOf).as('bucket'),
      eb.fn.sum<number>('o.ins').as('ins'),
      eb.fn.sum<number>('o.pat').as('pat'),
      eb.fn.countAll<number>().as('visits'),
    ])
    .groupBy(['key', 'bucket'])
  return allRows(db, q) as (Grouped & { visits: number })[]
}

function payerLabels(db: Database.Database): Map<number, string> {
  return new Map(
    allRows(db, storeQuery.selectFrom('payers').select(['id', 'label'])).map((r) => [
      r.id,
      r.label,
    ]),
  )
}

function patientLabels(db: Database.Database, ids: number[]) {
  const out = new Map<number, { name: string; accountNo: string }>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = allRows(
      db,
      storeQuery
        .selectFrom('patients')
        .select(['id', 'last_name', 'first_name', 'account_no'])
        .where('id', 'in', ids.slice(i, i + 500)),
    )
    for (const r of rows)
      out.set(r.id, { name: `${r.last_name}, ${r.first_name}`, accountNo: r.account_no })
  }
  return out
}

const NOT_BILLED = 'Not billed to a payer yet'

export function agingReport(
  db: Database.Database,
  options: { by: 'payer' | 'patient'; asOf: string; agedFrom: AgedFrom },
): AgingReport {
  const { by, asOf, agedFrom } = options
  const groups = grouped(db, openVisits(asOf, agedFrom), by, asOf)
  const totals = { insurance: zeros(), patient: zeros(), all: zeros(), totalCents: 0 }
  const rows = new Map<string, AgingRow>()
  const row = (
    key: string,
    init: () => Omit<AgingRow, 'buckets' | 'insuranceCents' | 'patientCents' | 'totalCents'>,
  ) => {
    let r = rows.get(key)
    if (!r) {
      r = { ...init(), buckets: zeros(), insuranceCents: 0, patientCents: 0, totalCents: 0 }
      rows.set(key, r)
    }
    return r
  }
  const payers = by === 'payer' ? payerLabels(db) : new Map<number, string>()
  let openCount = 0
  for (const g of groups) {
    openCount += g.visits
    totals.insurance[g.bucket]! += g.ins
    totals.patient[g.bucket]! += g.pat
    totals.all[g.bucket]! += g.ins + g.pat
    totals.totalCents += g.ins + g.pat
    const add = (r: AgingRow, ins: number, pat: number) => {
      r.buckets[g.bucket]! += ins + pat
      r.insuranceCents += ins
      r.patientCents += pat
      r.totalCents += ins + pat
    }
    if (by === 'payer') {
      if (g.ins !== 0)
        add(
          row(`payer:${g.key}`, () => ({
            id: g.key,
            label: g.key === null ? NOT_BILLED : (payers.get(g.key) ?? `Payer #${g.key}`),
            accountNo: null,
            balance: 'insurance',
          })),
          g.ins,
          0,
        )
      if (g.pat !== 0)
        add(
          row('patients', () => ({
            id: null,
            label: 'Patient balances',
            accountNo: null,
            balance: 'patient',
          })),
          0,
          g.pat,
        )
    } else {
      add(
        row(`patient:${g.key}`, () => ({ id: g.key, label: '', accountNo: '', balance: 'all' })),
        g.ins,
        g.pat,
      )
    }
  }
  const list = [...rows.values()]
  if (by === 'patient') {
    const labels = patientLabels(
      db,
      list.map((r) => r.id!),
    )
    for (const r of list) {
      r.label = labels.get(r.id!)?.name ?? `Patient #${r.id}`
      r.accountNo = labels.get(r.id!)?.accountNo ?? ''
    }
  }
  list.sort((a, b) =>
    a.balance !== b.balance
      ? a.balance === 'patient'
        ? 1
        : -1
      : b.totalCents - a.totalCents || a.label.localeCompare(b.label),
  )
  return {
    asOf,
    by,
    agedFrom,
    buckets: [...AGE_BUCKETS],
    rows: list,
    totals,
    openVisits: openCount,
  }
}

/** The open visits (with their latest claim) behind one cell of the aging report. */
export function agingClaims(
  db: Database.Database,
  input: Omit<z.output<typeof AgingCellInput>, 'asOf'> & { asOf: string },
): { rows: AgingClaim[]; count: number } {
  const { asOf } = input
  let q = storeQuery
    .selectFrom(openVisits(asOf, input.agedFrom).as('o'))
    .leftJoin('claims', 'claims.id', 'o.claim_id')
    .innerJoin('patients', 'patients.id', 'o.patient_id')
    .leftJoin('payers', 'payers.id', 'claims.payer_id')
  if (input.by === 'patient') {
    q = q.where('o.patient_id', '=', input.id ?? -1)
  } else if (input.balance === 'patient') {
    q = q.where('o.pat', '!=', 0)
  } else {
    q = q.where('o.ins', '!=', 0)
    q =
      input.id === null
        ? q.where('claims.payer_id', 'is', null)
        : q.where('claims.payer_id', '=', input.id)
  }
  if (input.bucket !== undefined) {
    const i = AGE_BUCKETS.indexOf(input.bucket)
    const starts = bucketStarts(asOf)
    if (i < 4) q = q.where('o.aged_from', '>=', starts[i]!)
    if (i > 0) q = q.where('o.aged_from', '<', starts[i - 1]!)
  }
  const count =
    firstRow(
      db,
      q.select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0
  const rows = allRows(
    db,
    q
      .select([
        'o.visit_id',
        'o.ins',
        'o.pat',
        'o.patient_id',
        'o.date_of_service',
        'o.aged_from',
        'claims.id as claim_id',
        'claims.patient_control_number',
        'claims.status',
        'patients.last_name',
        'patients.first_name',
        'patients.account_no',
        'payers.label as payer_name',
      ])
      .orderBy('o.aged_from')
      .orderBy('o.visit_id')
      .limit(input.limit),
  )
  return {
    count,
    rows: rows.map((r) => ({
      visitId: r.visit_id!,
      claimId: r.claim_id,
      patientControlNumber: r.patient_control_number,
      claimStatus: r.status,
      patientId: r.patient_id,
      patientName: `${r.last_name}, ${r.first_name}`,
      accountNo: r.account_no,
      payerName: r.payer_name,
      dateOfService: r.date_of_service,
      agedFromDate: r.aged_from,
      ageDays: daysBetween(r.aged_from, asOf),
      insuranceCents: r.ins,
      patientCents: r.pat,
    })),
  }
}

/**
 * Net A/R as of a date (every visit's lines up to it: the ledger's daily sums) and the part of
 * it more than 90 days past the date of service.
 */
export function agingTotals(
  db: Database.Database,
  asOf: string,
): { totalCents: number; over90Cents: number } {
  const total = firstRow(
    db,
    storeQuery
      .selectFrom('ledger_days')
      .select((eb) =>
        eb.fn
          .coalesce(
            eb.fn.sum<number>(eb('insurance_cents', '+', eb.ref('patient_cents'))),
            eb.lit(0),
          )
          .as('cents'),
      )
      .where('on_visit', '=', 1)
      .where('effective_date', '<=', asOf),
  )
  const over90 = firstRow(
    db,
    storeQuery
      .selectFrom(balancesAsOf(asOf, addDays(asOf, -90)).as('o'))
      .select((eb) =>
        eb.fn.coalesce(eb.fn.sum<number>(eb('o.ins', '+', eb.ref('o.pat'))), eb.lit(0)).as('cents'),
      ),
  )
  return { totalCents: total?.cents ?? 0, over90Cents: over90?.cents ?? 0 }
}
