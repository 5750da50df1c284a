import type Database from 'better-sqlite3-multiple-ciphers'
import type { ImportedSet } from '../../shared/ops/codes'
import type { CodeList } from '../store/schema-codes'
import { storeQuery, allRows, firstRow, statement } from '../store/sync-query'
import { setOfList } from './lists'
import type { CodeRow } from './parse'
import { planCode, type Listing, type Outcome, type Period, type Window } from './periods'
import { rowWriter } from './statements'
import { dayBefore } from './days'

/** Where a list came from, as `code_versions` records it. */
export interface VersionSource {
  fileKind: string
  sourceFile: string
  sha256: string
  effective: string
  importedAt: string
  importedBy: string | null
}

/** One list of a file beside what the store already holds of that list. */
export interface ListState {
  list: CodeList
  rows: readonly CodeRow[]
  window: Window
  existing: Map<string, Period[]>
  listings: Map<string, Listing>
  /** Every code the file lists or the store holds: what the import goes through. */
  codes: Set<string>
}

export function readList(
  db: Database.Database,
  list: CodeList,
  rows: readonly CodeRow[],
  effective: string,
): ListState {
  const existing = periodsOf(db, list)
  const listings = new Map<string, Listing>()
  for (const row of rows) listings.set(row.code, row)
  const codes = new Set([...listings.keys(), ...existing.keys()])
  return { list, rows, window: windowFor(db, list, effective), existing, listings, codes }
}

/**
 * Loads one list of a file as a new version: the caller holds the transaction. `tick` hears of
 * every code handled, for progress.
 */
export function writeList(
  db: Database.Database,
  state: ListState,
  source: VersionSource,
  tick: () => void,
): ImportedSet {
  const { list, rows, window, existing, listings, codes } = state
  const versionId = insertVersion(db, list, rows.length, source)

  const counts: Record<Outcome, number> = {
    added: 0,
    closed: 0,
    revised: 0,
    unchanged: 0,
    absent: 0,
  }
  const write = writers(db, list, versionId)
  for (const code of codes) {
    const plan = planCode(existing.get(code) ?? [], listings.get(code), window)
    counts[plan.outcome]++
    // Deletes first: a replaced period may share its start date with the one replacing it.
    for (const period of plan.deletes) write.remove(code, period)
    for (const u of plan.updates)
      write.move({ effective_date: u.effective, end_date: u.end, id: u.id })
    for (const period of plan.inserts) write.insert(code, period)
    tick()
  }

  const { added, closed, revised, unchanged } = counts
  write.counts({ added, closed, revised, unchanged, id: versionId })
  return { set: setOfList(list), versionId, rows: rows.length, added, closed, revised, unchanged }
}

function insertVersion(
  db: Database.Database,
  list: CodeList,
  rowCount: number,
  source: VersionSource,
): number {
  const query = storeQuery.insertInto('code_versions').values({
    code_set: setOfList(list),
    list,
    file_kind: source.fileKind,
    effective_date: source.effective,
    source_file: source.sourceFile,
    sha256: source.sha256,
    row_count: rowCount,
    added: 0,
    closed: 0,
    revised: 0,
    unchanged: 0,
    imported_at: source.importedAt,
    imported_by: source.importedBy,
  })
  const { sql, parameters } = query.compile()
  return Number(db.prepare(sql).run(...parameters).lastInsertRowid)
}

/** The days this version speaks for: until the next newer version of the list takes over. */
function windowFor(db: Database.Database, list: CodeList, effective: string): Window {
  const around = firstRow(
    db,
    storeQuery
      .selectFrom('code_versions')
      .select((eb) => [
        eb.fn.min('effective_date').filterWhere('effective_date', '>', effective).as('next'),
        eb.fn.max('effective_date').filterWhere('effective_date', '<', effective).as('previous'),
      ])
      .where('list', '=', list),
  )
  return {
    from: effective,
    to: around?.next ? dayBefore(around.next) : null,
    earliest: around?.previous ? effective : FIRST_DAY,
  }
}

/** Before any code set: lets the first list loaded speak for the past its own dates give. */
const FIRST_DAY = '0001-01-01'

function periodsOf(db: Database.Database, list: CodeList): Map<string, Period[]> {
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('codes')
      .select([
        'id',
        'code',
        'billable',
        'short_description',
        'long_description',
        'effective_date',
        'end_date',
        'version_id',
      ])
      .where('list', '=', list)
      .orderBy('code')
      .orderBy('effective_date'),
  )
  const byCode = new Map<string, Period[]>()
  for (const row of rows) {
    const period: Period = {
      id: row.id,
      billable: row.billable === 1,
      shortDescription: row.short_description,
      longDescription: row.long_description,
      effective: row.effective_date,
      end: row.end_date,
      versionId: row.version_id,
    }
    const periods = byCode.get(row.code)
    if (periods) periods.push(period)
    else byCode.set(row.code, [period])
  }
  return byCode
}

/*
 * codes_fts is external-content FTS5 over `codes` (migration 003): every row written or removed
 * here is indexed or unindexed here too, with the text the row had. FTS5 syntax is not Kysely's,
 * so these two statements are SQL text; every value is bound.
 */
const INDEX_ROW = `INSERT INTO codes_fts (rowid, code, long_description, short_description)
  VALUES (?, ?, ?, ?)`
const UNINDEX_ROW = `INSERT INTO codes_fts (codes_fts, rowid, code, long_description, short_description)
  VALUES ('delete', ?, ?, ?, ?)`

function writers(db: Database.Database, list: CodeList, versionId: number) {
  const codeSet = setOfList(list)
  const insert = rowWriter(db, (values: InsertValues) =>
    storeQuery.insertInto('codes').values(values),
  )
  const remove = rowWriter(db, ({ id }: { id: number }) =>
    storeQuery.deleteFrom('codes').where('id', '=', id),
  )
  const index = statement(db, INDEX_ROW)
  const unindex = statement(db, UNINDEX_ROW)
  return {
    insert: (code: string, period: Period) => {
      const { lastInsertRowid } = insert({
        code_set: codeSet,
        list,
        code,
        billable: period.billable ? 1 : 0,
        short_description: period.shortDescription,
        long_description: period.longDescription,
        effective_date: period.effective,
        end_date: period.end,
        version_id: period.versionId ?? versionId,
      })
      index.run(lastInsertRowid, code, period.longDescription, period.shortDescription)
    },
    remove: (code: string, period: Period) => {
      if (period.id === null) return
      unindex.run(period.id, code, period.longDescription, period.shortDescription)
      remove({ id: period.id })
    },
    move: rowWriter(db, (v: { effective_date: string; end_date: string | null; id: number }) =>
      storeQuery
        .updateTable('codes')
        .set({ effective_date: v.effective_date, end_date: v.end_date })
        .where('id', '=', v.id),
    ),
    counts: rowWriter(db, (v: Omit<ImportedSet, 'set' | 'versionId' | 'rows'> & { id: number }) =>
      storeQuery
        .updateTable('code_versions')
        .set({ added: v.added, closed: v.closed, revised: v.revised, unchanged: v.unchanged })
        .where('id', '=', v.id),
    ),
  }
}

interface InsertValues extends Record<string, unknown> {
  code_set: ReturnType<typeof setOfList>
  list: CodeList
  code: string
  billable: 0 | 1
  short_description: string | null
  long_description: string
  effective_date: string
  end_date: string | null
  version_id: number
}
