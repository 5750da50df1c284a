import type Database from 'better-sqlite3-multiple-ciphers'
import { CODE_SETS, type CodeHit, type CodeSetName } from '../../shared/ops/codes'
import { codeFromInput } from './display'
import { toEntry, type EntryRow } from './entries'
import { codesStartingWith, exactCodes, setsStartingWith } from './search-by-code'
import { byWordsPreferred, CandidateCache, searchWords, term } from './search-by-words'
import { preferenceOf, type Preference } from './preference'
import { readQuery, shippedSynonyms } from './synonyms'

export { ftsExpression, searchWords } from './search-by-words'

export interface CodeSearch {
  text: string
  /** All sets when absent. */
  sets?: readonly CodeSetName[] | undefined
  /** Date of service: only codes valid that day. Without it, each code's latest period. */
  date?: string | undefined
  limit: number
}

/**
 * Search-as-you-type over every loaded code. Results come in tiers, best first:
 *  1. the code itself, typed any way (E11.621, e11621, "E11 621");
 *  2. when the whole entry is a listed synonym ("htn", "sore throat", "toradol"), the codes it
 *     stands for (resources/codes/synonyms.tsv);
 *  3. codes that start with it (E11.6 → E11.610, E11.618 …): the bundled primary-care codes and
 *     the practice's billed codes first, then the rest in code order;
 *  4. codes whose descriptions hold every word (or the words a listed synonym stands for) as a
 *     word start ("diab foot ulc"): preferred codes first, then unspecified defaults, by bm25;
 *  5. when nothing above matched, codes whose descriptions hold some of the words, ranked alike.
 */
export function searchCodes(db: Database.Database, search: CodeSearch): CodeHit[] {
  const text = search.text.trim()
  if (text === '' || search.limit < 1) return []
  const found = new Found(search.limit)
  const sets = search.sets && search.sets.length > 0 ? search.sets : CODE_SETS
  const preference = preferenceOf(db)
  const meaning = readQuery(shippedSynonyms(), text)
  const code = codeFromInput(text)
  if (code) found.add(exactCodes(db, sets, search.date, code), 'code')
  if (meaning.whole) {
    for (const meant of meaning.whole.codes) {
      if (found.full) break
      found.add(exactCodes(db, sets, search.date, meant), 'words')
    }
  }
  if (code) {
    // Prefix hits go set by set (ICD-10-CM first), so E11.6 lists diagnoses before E1160, a wheelchair.
    for (const set of setsStartingWith(code, sets)) {
      if (found.full) break
      for (const preferred of preference.bySet.get(set) ?? []) {
        if (found.full) break
        if (preferred.length > code.length && preferred.startsWith(code))
          found.add(exactCodes(db, [set], search.date, preferred), 'code-prefix')
      }
      if (found.full) break
      found.add(codesStartingWith(db, set, search.date, code, found.wanted), 'code-prefix')
    }
  }
  const words = searchWords(text)
  if (words.length === 0 || (code && words.length > 1 && startsWithCategory(text)))
    return found.hits
  // A one-part code-like entry ("b12", "glucose") is also sought in descriptions, not codes again.
  const columns = code ? '{long_description short_description} : ' : ''
  const groups = meaning.groups?.map((alternatives) => alternatives.map(searchWords))
  const weights = preference.byRowId
  const remembered = groups ? synonymCandidates(preference) : undefined
  if (!found.full) {
    const every = groups
      ? groups.map((alternatives) => `(${alternatives.map(allOf).join(' OR ')})`).join(' AND ')
      : allOf(words)
    found.add(
      byWordsPreferred(
        db,
        sets,
        search.date,
        `${columns}(${every})`,
        found.wanted,
        weights,
        remembered,
      ),
      'words',
    )
  }
  // Looser matches (some of the words) are a rescue for words that match nothing as typed
  // ("ear pain": the code says otalgia); beside real matches they are only noise, and costly.
  // One letter ("b" of "vitamin b 12") would match nearly every code on its own.
  const loose = [...new Set(groups ? groups.flat(2) : words)].filter((word) => word.length > 1)
  if (found.hits.length === 0 && loose.length > 1) {
    const some = loose.map(term).join(' OR ')
    found.add(
      byWordsPreferred(db, sets, search.date, some, found.wanted, weights, remembered),
      'loose',
    )
  }
  return found.hits
}

/*
 * Candidates of synonym expansions, per store: a new Preference object is made whenever a code
 * list is imported (or a claim made), so the cache goes with the codes it was read from.
 */
const synonymCache = new WeakMap<Preference, CandidateCache>()

function synonymCandidates(preference: Preference): CandidateCache {
  let cache = synonymCache.get(preference)
  if (!cache) {
    cache = new CandidateCache()
    synonymCache.set(preference, cache)
  }
  return cache
}

/** Every word, as FTS5 terms. */
function allOf(words: readonly string[]): string {
  const terms = words.map(term)
  // FTS5 wants AND spelled out beside a bracketed group.
  return terms.length === 1 ? (terms[0] ?? '') : `(${terms.join(' AND ')})`
}

/**
 * "E11.6" and "E11 6" are a code, not words to look for; "low bp" and "type 2" are words, though
 * they too could be read as a code: an ICD-10-CM category (a letter, then two characters with a
 * digit among them) ahead of the dot or space tells them apart.
 */
function startsWithCategory(text: string): boolean {
  const first = text.split(/[.\s]/)[0] ?? ''
  return /^[A-Z][0-9A-Z]{2}$/i.test(first) && /\d/.test(first)
}

/** Hits in tier order, each code once (a modifier in both the HCPCS and CPT lists shows once). */
class Found {
  readonly hits: CodeHit[] = []
  private readonly seen = new Set<string>()
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.hits.length >= this.limit
  }
  get room(): number {
    return this.limit - this.hits.length
  }
  /** Enough rows to fill the room even if every code already listed comes back again. */
  get wanted(): number {
    return this.room + this.seen.size
  }

  add(rows: readonly EntryRow[], match: CodeHit['match']): void {
    for (const row of rows) {
      if (this.full) return
      const key = `${row.code_set}:${row.code}`
      if (this.seen.has(key)) continue
      this.seen.add(key)
      this.hits.push({ ...toEntry(row), match })
    }
  }
}
