import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { searchCodes } from '../../src/main/codes'

/** test/fixtures/codes/relevance-queries.tsv: what billers type, and the code they mean. */
export const RELEVANCE_QUERIES = resolve(
  import.meta.dirname,
  '../fixtures/codes/relevance-queries.tsv',
)

export interface RelevanceQuery {
  query: string
  /** As people read it (E11.9, J1885). */
  expected: string
}

export function relevanceQueries(path: string = RELEVANCE_QUERIES): RelevanceQuery[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/)
  if (lines[0] !== 'query\texpected')
    throw new Error(`${path}: line 1 should be query<TAB>expected`)
  return lines.slice(1).flatMap((line, index) => {
    if (line.trim() === '') return []
    const [query = '', expected = '', ...extra] = line.split('\t')
    if (query.trim() === '' || expected.trim() === '' || extra.length > 0)
      throw new Error(`${path}: line ${index + 2} should be a query, a tab and a code`)
    return [{ query: query.trim(), expected: expected.trim() }]
  })
}

export interface RelevanceResult {
  /** Share of the queries whose expected code is among the first three results. */
  top3: number
  misses: { query: string; expected: string; got: string[] }[]
}

/** Searches every query as the code finder does (all sets, on a date of service). */
export function measureRelevance(
  db: Database.Database,
  date: string,
  queries: readonly RelevanceQuery[] = relevanceQueries(),
): RelevanceResult {
  const misses: RelevanceResult['misses'] = []
  for (const { query, expected } of queries) {
    const got = searchCodes(db, { text: query, date, limit: 20 }).map((hit) => hit.display)
    if (!got.slice(0, 3).includes(expected)) misses.push({ query, expected, got: got.slice(0, 5) })
  }
  return { top3: (queries.length - misses.length) / queries.length, misses }
}
