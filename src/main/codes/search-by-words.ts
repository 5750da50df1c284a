import type Database from 'better-sqlite3-multiple-ciphers'
import type { CodeSetName } from '../../shared/ops/codes'
import { storeQuery, statement } from '../store/sync-query'
import { ENTRY_COLUMNS, type EntryRow } from './entries'
import { isLatestPeriod, SET_SLOTS, setSlots, validOn, type SetSlot } from './filters'
import { namedQuery } from './named-query'

/*
 * FTS5 MATCH and rank are beyond Kysely: this one statement is SQL text, fixed here, with the
 * match expression and limit bound. It returns only row ids, best first; the rows themselves
 * (and the set and date filters) come from `codes` by id. Reading `rank` as a column, or joining
 * in the same statement, made SQLite compute bm25 twice: half again the cost of the bare query.
 */
const RANKED_IDS = 'SELECT rowid FROM codes_fts WHERE codes_fts MATCH ? ORDER BY rank LIMIT ?'

const byId = (p: Record<SetSlot | 'id', never>) =>
  storeQuery
    .selectFrom('codes')
    .select(ENTRY_COLUMNS)
    .where('id', '=', p.id)
    .where(
      'code_set',
      'in',
      SET_SLOTS.map((slot) => p[slot]),
    )

const BY_ID = {
  onDate: namedQuery([...SET_SLOTS, 'id', 'date'], (p) => byId(p).where(validOn(p.date))),
  latest: namedQuery([...SET_SLOTS, 'id'], (p) => byId(p).where(isLatestPeriod)),
}

/** Codes whose descriptions match the FTS5 expression, best bm25 rank first. */
export function byWords(
  db: Database.Database,
  sets: readonly CodeSetName[],
  date: string | undefined,
  match: string,
  wanted: number,
): EntryRow[] {
  const ranked = (limit: number) => statement(db, RANKED_IDS).pluck().all(match, limit) as number[]
  const query = date ? BY_ID.onDate : BY_ID.latest
  const row = statement(db, query.sql)
  const slots = setSlots(sets)
  const entries = (ids: number[]) =>
    ids.flatMap(
      (id) => (row.get(...query.bind({ ...slots, id, date })) as EntryRow | undefined) ?? [],
    )
  const best = ranked(wanted)
  const rows = entries(best)
  // The sets or date left the list short: go on down every match (-1: no limit). FTS5 ranks
  // every match either way, so this costs about what the first look did.
  if (rows.length < wanted && best.length === wanted)
    rows.push(...entries(ranked(-1).slice(wanted)))
  return rows
}

/*
 * Words too common to narrow anything: nearly every description has "of", so matching it costs
 * time and changes no ranking. Kept when they are all there is.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
])

/**
 * The words of what was typed, as the index splits them (letters and digits; a dot or hyphen
 * separates). Each becomes a quoted prefix term, so no typed character can act as FTS5 syntax.
 */
export function searchWords(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8)
  const useful = words.filter((word) => !STOP_WORDS.has(word))
  return useful.length > 0 ? useful : words
}

/**
 * A word as an FTS5 term: quoted, so nothing typed acts as syntax, and a prefix (diab → diabetes),
 * except a single character, which as a prefix would match nearly every description.
 */
export function term(word: string): string {
  return word.length === 1 ? `"${word}"` : `"${word}"*`
}

/** The bare FTS5 query a search's words make: the baseline the benchmark measures against. */
export function ftsExpression(text: string): string | null {
  const words = searchWords(text)
  return words.length === 0 ? null : words.map(term).join(' ')
}

/** How many bm25-ranked matches are weighed for biller preference. */
const CANDIDATES = 100

/*
 * The ranked matches with the code and description the ranking reads: columns of an external
 * content index come from `codes` by row id, in SQLite, far cheaper than a row fetched from here.
 */
const RANKED_CANDIDATES =
  'SELECT rowid, code, long_description FROM codes_fts WHERE codes_fts MATCH ? ORDER BY rank LIMIT ?'

type Candidate = [id: number, code: string, description: string]

/**
 * bm25-ranked candidates kept per match expression. Only for expressions a listed synonym makes
 * ("immunization" → "encounter for immunization"): their common words ("encounter", "other")
 * make FTS5 rank tens of thousands of rows, the same ones every time the term is typed. The
 * caller drops the cache whenever the code lists change.
 */
export class CandidateCache {
  private readonly byMatch = new Map<string, readonly Candidate[]>()
  constructor(private readonly max = 1000) {}

  get(match: string): readonly Candidate[] | undefined {
    return this.byMatch.get(match)
  }

  set(match: string, candidates: readonly Candidate[]): void {
    if (this.byMatch.size >= this.max) this.byMatch.delete(this.byMatch.keys().next().value!)
    this.byMatch.set(match, candidates)
  }
}

function rankedCandidates(
  db: Database.Database,
  match: string,
  remembered: CandidateCache | undefined,
): readonly Candidate[] {
  const known = remembered?.get(match)
  if (known) return known
  const found = statement(db, RANKED_CANDIDATES).raw().all(match, CANDIDATES) as Candidate[]
  remembered?.set(match, found)
  return found
}

/**
 * Codes whose descriptions match, ranked as billers use them: preferred codes (the bundled
 * primary-care list, then the practice's own billed codes, heaviest first) ahead of the rest,
 * then among the rest the unspecified "default" codes (I10-like, "…, unspecified") ahead of
 * rarer siblings, each group in bm25 order. Only the rows shown are read in full.
 */
export function byWordsPreferred(
  db: Database.Database,
  sets: readonly CodeSetName[],
  date: string | undefined,
  match: string,
  wanted: number,
  weightOf: ReadonlyMap<number, number>,
  remembered?: CandidateCache,
): EntryRow[] {
  const candidates = rankedCandidates(db, match, remembered)
  const weight = (id: number) => weightOf.get(id) ?? 0
  const preferred = candidates.filter(([id]) => weightOf.has(id))
  preferred.sort((a, b) => weight(b[0]) - weight(a[0]))
  const rest = candidates.filter(([id]) => !weightOf.has(id))
  const defaults = rest.filter(([, code, description]) => isDefault(code, description))
  const others = rest.filter(([, code, description]) => !isDefault(code, description))

  const query = date ? BY_ID.onDate : BY_ID.latest
  const row = statement(db, query.sql)
  const slots = setSlots(sets)
  const rows: EntryRow[] = []
  const take = (ids: readonly number[]) => {
    for (const id of ids) {
      if (rows.length >= wanted) return
      const found = row.get(...query.bind({ ...slots, id, date })) as EntryRow | undefined
      if (found) rows.push(found)
    }
  }
  take([...preferred, ...defaults, ...others].map(([id]) => id))
  // The sets or date left the list short: go on down every match, best bm25 first.
  if (rows.length < wanted && candidates.length === CANDIDATES) {
    const all = statement(db, RANKED_IDS).pluck().all(match, -1) as number[]
    take(all.slice(CANDIDATES))
  }
  return rows
}

/**
 * A default code: what a biller means by a condition's plain name. A billable ICD-10-CM category
 * (I10, R42), a ".9" subcategory (R05.9, J02.9), or a code for the condition itself left
 * unspecified ("Low back pain, unspecified"), not one whose detail is only partly unspecified
 * ("… of unspecified talus").
 */
function isDefault(code: string, description: string): boolean {
  if (!/^[A-Z]\d[0-9A-Z]/.test(code)) return false
  if (code.length === 3 || (code.length === 4 && code.endsWith('9'))) return true
  return code.length > 5 ? false : /(^unspecified\b|, unspecified$)/i.test(description)
}
