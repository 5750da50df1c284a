import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { sql } from 'kysely'
import type { CodeSetName } from '../../shared/ops/codes'
import { allRows, statement, storeQuery } from '../store/sync-query'
import { resourcesDir } from './resources'

/*
 * How billers use codes, for ranking equal matches: the bundled primary-care starter codes first,
 * then the codes this practice has billed (counted on its claims), then the rest.
 */

/** The bundled starter lists of codes a primary-care office bills most (resources/codes). */
const STARTER_LISTS: readonly { file: string; set: CodeSetName }[] = [
  { file: 'icd10cm.tsv', set: 'icd10cm' },
  { file: 'hcpcs.tsv', set: 'hcpcs' },
]

const starterCache = new Map<string, ReadonlyMap<string, CodeSetName>>()

/** `set:code` of every bundled starter code, read once per resources folder. */
export function starterCodes(dir: string = resourcesDir()): ReadonlyMap<string, CodeSetName> {
  let found = starterCache.get(dir)
  if (!found) {
    const codes = new Map<string, CodeSetName>()
    for (const { file, set } of STARTER_LISTS) {
      const lines = readFileSync(join(dir, 'codes', file), 'utf8')
        .split(/\r?\n/)
        .slice(1)
      for (const line of lines) {
        const code = line.split('\t')[0]?.trim()
        if (code) codes.set(`${set}:${code}`, set)
      }
    }
    found = codes
    starterCache.set(dir, found)
  }
  return found
}

/** Above any practice count: a starter code ranks before a code only the practice uses. */
const STARTER_WEIGHT = 1_000_000_000

export interface Preference {
  /** Weight by codes row id (every period of a preferred code); absent: no preference. */
  byRowId: ReadonlyMap<number, number>
  /** Preferred codes per set, heaviest first, for codes typed in part ("E11.6"). */
  bySet: ReadonlyMap<CodeSetName, readonly string[]>
  /** Times each `set:code` was billed by the practice. */
  usage: ReadonlyMap<string, number>
}

interface Cached {
  key: string
  preference: Preference
}
const cache = new WeakMap<Database.Database, Cached>()

/**
 * The store's preferences, recomputed only when a code list is imported or a claim is made or
 * changed (their highest row ids move), so a keystroke costs one small query.
 */
export function preferenceOf(db: Database.Database, dir?: string): Preference {
  const key = changeKey(db)
  const cached = cache.get(db)
  if (cached && cached.key === key) return cached.preference
  const preference = computePreference(db, starterCodes(dir))
  cache.set(db, { key, preference })
  return preference
}

/** Written once: compiling it on every keystroke would cost more than running it. */
const CHANGE_KEY = storeQuery
  .selectNoFrom((eb) => [
    eb
      .selectFrom('code_versions')
      .select((q) => q.fn.max('id').as('m'))
      .as('versions'),
    eb
      .selectFrom('claims')
      .select((q) => q.fn.max('id').as('m'))
      .as('claims'),
    eb
      .selectFrom('claim_lines')
      .select((q) => q.fn.max('id').as('m'))
      .as('lines'),
  ])
  .compile().sql

function changeKey(db: Database.Database): string {
  const row = statement(db, CHANGE_KEY).raw().get() as unknown[] | undefined
  return (row ?? []).join(':')
}

/** Codes billed on the practice's claims: procedure codes on lines, diagnoses on the claim. */
export function practiceUsage(db: Database.Database): Map<string, number> {
  const usage = new Map<string, number>()
  const procedures = allRows(
    db,
    storeQuery
      .selectFrom('claim_lines')
      .select((eb) => ['code', eb.fn.countAll<number>().as('n')])
      .groupBy('code'),
  )
  for (const { code, n } of procedures) {
    const stored = code.toUpperCase()
    // A procedure code is HCPCS (a letter first) or CPT (five digits, or four and a letter).
    const set: CodeSetName = /^[A-Z]/.test(stored) ? 'hcpcs' : 'cpt'
    usage.set(`${set}:${stored}`, (usage.get(`${set}:${stored}`) ?? 0) + n)
  }
  const diagnoses = allRows(
    db,
    storeQuery
      .selectFrom([
        'claim_documents',
        sql<{ value: string }>`json_each(claim_documents.data, '$.visit.diagnoses')`.as('dx'),
      ])
      .select((eb) => [sql<string>`dx.value`.as('code'), eb.fn.countAll<number>().as('n')])
      .groupBy(sql`dx.value`),
  )
  for (const { code, n } of diagnoses) {
    const stored = String(code).toUpperCase().replace(/\./g, '')
    usage.set(`icd10cm:${stored}`, (usage.get(`icd10cm:${stored}`) ?? 0) + n)
  }
  return usage
}

function computePreference(
  db: Database.Database,
  starter: ReadonlyMap<string, CodeSetName>,
): Preference {
  const usage = practiceUsage(db)
  const weights = new Map<string, number>()
  for (const key of starter.keys()) weights.set(key, STARTER_WEIGHT)
  for (const [key, n] of usage) weights.set(key, (weights.get(key) ?? 0) + n)

  const byRowId = new Map<number, number>()
  const bySet = new Map<CodeSetName, string[]>()
  const perSet = new Map<CodeSetName, string[]>()
  for (const key of weights.keys()) {
    const [set, code] = key.split(':') as [CodeSetName, string]
    perSet.set(set, [...(perSet.get(set) ?? []), code])
  }
  for (const [set, codes] of perSet) {
    // In slices: one statement per slice keeps SQLite's bound-value count low.
    for (let at = 0; at < codes.length; at += 400) {
      const rows = allRows(
        db,
        storeQuery
          .selectFrom('codes')
          .select(['id', 'code'])
          .where('code_set', '=', set)
          .where('code', 'in', codes.slice(at, at + 400)),
      )
      for (const row of rows) byRowId.set(row.id, weights.get(`${set}:${row.code}`) ?? 0)
    }
    bySet.set(
      set,
      [...codes].sort(
        (a, b) => (weights.get(`${set}:${b}`) ?? 0) - (weights.get(`${set}:${a}`) ?? 0),
      ),
    )
  }
  return { byRowId, bySet, usage }
}
