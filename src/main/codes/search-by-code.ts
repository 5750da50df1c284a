import type Database from 'better-sqlite3-multiple-ciphers'
import { CODE_SETS, type CodeSetName } from '../../shared/ops/codes'
import { storeQuery, statement } from '../store/sync-query'
import { ENTRY_COLUMNS, type EntryRow } from './entries'
import { isLatestPeriod, SET_SLOTS, setSlots, validOn, type SetSlot } from './filters'
import { namedQuery } from './named-query'

/** What the start of each set's codes can look like: no point looking for "E11" among CPT codes. */
const CODE_STARTS: Record<CodeSetName, RegExp> = {
  icd10cm: /^[A-Z][0-9A-Z]{0,6}$/,
  hcpcs: /^[A-Z]\d{0,4}$/,
  cpt: /^\d{1,5}$|^\d{4}[FTU]$/,
  modifier: /^[0-9A-Z]{1,2}$/,
  pos: /^\d{1,2}$/,
  carc: /^\d{1,3}$|^[A-Z]\d{0,3}$/,
  rarc: /^(M|MA|N)\d{0,4}$/,
}

/** The sets, in display order, whose codes can start with `code`. */
export function setsStartingWith(code: string, sets: readonly CodeSetName[]): CodeSetName[] {
  return CODE_SETS.filter((set) => sets.includes(set) && CODE_STARTS[set].test(code))
}

const SET_ORDER = new Map<string, number>(CODE_SETS.map((set, index) => [set, index]))

const exactCode = (p: Record<SetSlot | 'code', never>) =>
  storeQuery
    .selectFrom('codes')
    .select(ENTRY_COLUMNS)
    .where(
      'code_set',
      'in',
      SET_SLOTS.map((slot) => p[slot]),
    )
    .where('code', '=', p.code)

// Codes are A–Z and 0–9, all sorting before '~': `code < prefix~` bounds "starts with prefix".
const codePrefix = (p: Record<'set' | 'prefix' | 'bound', never>) =>
  storeQuery
    .selectFrom('codes')
    .select(ENTRY_COLUMNS)
    .where('code_set', '=', p.set)
    .where('code', '>', p.prefix)
    .where('code', '<', p.bound)
    .orderBy('code')

const BY_CODE = {
  exactOnDate: namedQuery([...SET_SLOTS, 'code', 'date'], (p) =>
    exactCode(p).where(validOn(p.date)),
  ),
  exactLatest: namedQuery([...SET_SLOTS, 'code'], (p) => exactCode(p).where(isLatestPeriod)),
  prefixOnDate: namedQuery(['set', 'prefix', 'bound', 'date'], (p) =>
    codePrefix(p).where(validOn(p.date)),
  ),
  prefixLatest: namedQuery(['set', 'prefix', 'bound'], (p) => codePrefix(p).where(isLatestPeriod)),
}

/** The code exactly as typed, in any of the sets, in display order (diagnoses first). */
export function exactCodes(
  db: Database.Database,
  sets: readonly CodeSetName[],
  date: string | undefined,
  code: string,
): EntryRow[] {
  const query = date ? BY_CODE.exactOnDate : BY_CODE.exactLatest
  const rows = statement(db, query.sql).all(
    ...query.bind({ ...setSlots(sets), code, date }),
  ) as EntryRow[]
  return rows.sort((a, b) => (SET_ORDER.get(a.code_set) ?? 0) - (SET_ORDER.get(b.code_set) ?? 0))
}

/** The first `limit` codes of one set starting with `prefix`, in code order, read lazily. */
export function codesStartingWith(
  db: Database.Database,
  set: CodeSetName,
  date: string | undefined,
  prefix: string,
  limit: number,
): EntryRow[] {
  const query = date ? BY_CODE.prefixOnDate : BY_CODE.prefixLatest
  const rows: EntryRow[] = []
  for (const row of statement(db, query.sql).iterate(
    ...query.bind({ set, prefix, bound: `${prefix}~`, date }),
  )) {
    rows.push(row as EntryRow)
    if (rows.length >= limit) break
  }
  return rows
}
