/**
 * Posting to the ledger. Lines are only ever added: `postEntries` writes new lines and
 * `reverseEntries` undoes earlier ones with lines of the opposite amounts, each pointing at the
 * line it reverses (once: a line can be reversed at most one time). Every line is written here, and
 * the ledger's running sums (summaries.ts) with it.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { sql } from 'kysely'
import { cents } from '../../shared/money'
import { DomainError } from '../errors'
import type { AdjustmentGroup, LedgerKind } from '../store/schema-ledger'
import { sqlPerRowCount } from '../store/compiled'
import { allRows, statement, storeQuery } from '../store/sync-query'
import { addToSummaries } from './summaries'

export interface LedgerEntryInput {
  kind: LedgerKind
  effectiveDate: string
  patientId: number
  visitId?: number | null
  lineNo?: number | null
  claimId?: number | null
  claimLineId?: number | null
  payerId?: number | null
  paymentId?: number | null
  /** Change in what insurance owes: + for a charge billed to insurance, − for its payments. */
  insuranceCents: number
  /** Change in what the patient owes: + for what becomes theirs, − for what they paid. */
  patientCents: number
  groupCode?: AdjustmentGroup | null
  reasonCode?: string | null
  remarkCodes?: readonly string[]
  source?: string
  memo?: string
}

export interface PostedBy {
  user: string
  /** ISO time of posting. */
  at: string
}

/** The table row of a new ledger line; whole cents, or a clear failure. */
export function entryRow(e: LedgerEntryInput, by: PostedBy) {
  // A fraction of a cent must never reach the ledger.
  cents(e.insuranceCents)
  cents(e.patientCents)
  return {
    kind: e.kind,
    posted_at: by.at,
    posted_by: by.user,
    effective_date: e.effectiveDate,
    patient_id: e.patientId,
    visit_id: e.visitId ?? null,
    line_no: e.lineNo ?? null,
    claim_id: e.claimId ?? null,
    claim_line_id: e.claimLineId ?? null,
    payer_id: e.payerId ?? null,
    payment_id: e.paymentId ?? null,
    insurance_cents: e.insuranceCents,
    patient_cents: e.patientCents,
    group_code: e.groupCode ?? null,
    reason_code: e.reasonCode ?? null,
    remark_codes: JSON.stringify(e.remarkCodes ?? []),
    reverses_id: null as number | null,
    source: e.source ?? '',
    memo: e.memo ?? '',
  }
}

type LineRow = ReturnType<typeof entryRow>

/**
 * What the lines of one posting usually have in common (one 835 claim's lines: its visit, claim,
 * payment, date, who and when). A statement whose lines all agree binds these once, by name, and
 * each line's own values in place: binding them line by line was about a tenth of the insert.
 */
const SHARED = [
  'posted_at',
  'posted_by',
  'effective_date',
  'patient_id',
  'visit_id',
  'claim_id',
  'payer_id',
  'payment_id',
  'source',
  'memo',
] as const satisfies readonly (keyof LineRow)[]

const OWN = [
  'kind',
  'line_no',
  'claim_line_id',
  'insurance_cents',
  'patient_cents',
  'group_code',
  'reason_code',
  'remark_codes',
  'reverses_id',
] as const satisfies readonly (keyof LineRow)[]

const COLUMNS = [...SHARED, ...OWN]

/**
 * A line's values in SHARED's and OWN's order, written out: reading them by column name (one keyed
 * read per column of each of an 835's 70,000 lines) cost more than binding them.
 */
function pushShared(r: LineRow, into: unknown[]): void {
  into.push(
    r.posted_at,
    r.posted_by,
    r.effective_date,
    r.patient_id,
    r.visit_id,
    r.claim_id,
    r.payer_id,
    r.payment_id,
    r.source,
    r.memo,
  )
}

function pushOwn(r: LineRow, into: unknown[]): void {
  into.push(
    r.kind,
    r.line_no,
    r.claim_line_id,
    r.insurance_cents,
    r.patient_cents,
    r.group_code,
    r.reason_code,
    r.remark_codes,
    r.reverses_id,
  )
}

// The orders above are SHARED's and OWN's, checked once, and together they are every column.
{
  const named = Object.fromEntries(COLUMNS.map((c) => [c, c])) as unknown as LineRow
  const shared: unknown[] = []
  const own: unknown[] = []
  pushShared(named, shared)
  pushOwn(named, own)
  const every = Object.keys(
    entryRow(
      { kind: 'charge', effectiveDate: '', patientId: 0, insuranceCents: 0, patientCents: 0 },
      { user: '', at: '' },
    ),
  )
  if (
    shared.join() !== SHARED.join() ||
    own.join() !== OWN.join() ||
    every.sort().join() !== [...COLUMNS].sort().join()
  ) {
    throw new Error('pushShared and pushOwn must follow SHARED and OWN, which hold every column.')
  }
}

function sharesValues(rows: readonly LineRow[]): boolean {
  const first = rows[0]!
  return rows.every((r) => SHARED.every((c) => r[c] === first[c]))
}

/**
 * Lines go in several to a statement: SQLite's per-statement work is a fifth of a line's cost,
 * and an 835 posts tens of thousands of lines. Each size's statement is compiled once.
 */
const ROWS_PER_INSERT = 32

function insertSqlOf(rows: number, shared: boolean): string {
  const blank = Object.fromEntries(
    COLUMNS.map((c) => [
      c,
      shared && (SHARED as readonly string[]).includes(c) ? sql.raw(`@${c}`) : '',
    ]),
  ) as unknown as LineRow
  const compiled = storeQuery
    .insertInto('ledger_entries')
    .values(Array.from({ length: rows }, () => blank))
    .compile()
  if (compiled.parameters.length !== rows * (shared ? OWN : COLUMNS).length) {
    throw new Error('A ledger insert must bind every column of every line.')
  }
  return compiled.sql
}

const insertSql = sqlPerRowCount((rows) => insertSqlOf(rows, false))
const insertSharedSql = sqlPerRowCount((rows) => insertSqlOf(rows, true))

function insertLines(db: Database.Database, rows: readonly LineRow[]): number[] {
  const ids: number[] = []
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT)
    const shared = chunk.length > 1 && sharesValues(chunk)
    const params: unknown[] = []
    if (shared) params.push(Object.fromEntries(SHARED.map((c) => [c, chunk[0]![c]])))
    for (const r of chunk) {
      if (!shared) pushShared(r, params)
      pushOwn(r, params)
    }
    const text = shared ? insertSharedSql(chunk.length) : insertSql(chunk.length)
    const last = Number(statement(db, text).run(...params).lastInsertRowid)
    // One statement's lines take consecutive ids in order (SQLite gives each the largest + 1).
    for (let i = 0; i < chunk.length; i++) ids.push(last - chunk.length + 1 + i)
  }
  addToSummaries(db, rows)
  return ids
}

/** Writes ledger lines; returns their ids in order. Call inside the posting's transaction. */
export function postEntries(
  db: Database.Database,
  entries: readonly LedgerEntryInput[],
  by: PostedBy,
): number[] {
  return insertLines(
    db,
    entries.map((e) => entryRow(e, by)),
  )
}

/**
 * Reverses ledger lines with lines of the opposite amounts, dated `effectiveDate`. Refuses a
 * line already reversed, and a reversal itself (post the original again instead).
 */
export function reverseEntries(
  db: Database.Database,
  ids: readonly number[],
  note: PostedBy & { effectiveDate: string; source: string; memo?: string },
): number[] {
  if (ids.length === 0) return []
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries')
      .selectAll()
      .where('id', 'in', [...ids]),
  )
  const reversed = new Set(
    allRows(
      db,
      storeQuery
        .selectFrom('ledger_entries')
        .select('reverses_id')
        .where('reverses_id', 'in', [...ids]),
    ).map((r) => r.reverses_id),
  )
  const reversals = ids.map((id): LineRow => {
    const row = rows.find((r) => r.id === id)
    if (!row) throw new DomainError('not_found', `There is no ledger line #${id}.`)
    if (reversed.has(id)) {
      throw new DomainError('conflict', `Ledger line #${id} was already reversed.`)
    }
    if (row.reverses_id !== null) {
      throw new DomainError('conflict', `Ledger line #${id} is itself a reversal.`)
    }
    return {
      kind: row.kind,
      posted_at: note.at,
      posted_by: note.user,
      effective_date: note.effectiveDate,
      patient_id: row.patient_id,
      visit_id: row.visit_id,
      line_no: row.line_no,
      claim_id: row.claim_id,
      claim_line_id: row.claim_line_id,
      payer_id: row.payer_id,
      payment_id: row.payment_id,
      insurance_cents: -row.insurance_cents,
      patient_cents: -row.patient_cents,
      group_code: row.group_code,
      reason_code: row.reason_code,
      remark_codes: row.remark_codes,
      reverses_id: row.id,
      source: note.source,
      memo: note.memo ?? '',
    }
  })
  return insertLines(db, reversals)
}
