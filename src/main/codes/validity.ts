import type Database from 'better-sqlite3-multiple-ciphers'
import { CODE_SET_LABELS, type CodeEntry, type CodeSetName } from '../../shared/ops/codes'
import { storeQuery, allRows, firstRow, statement } from '../store/sync-query'
import { codeFromInput, displayCode } from './display'
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './entries'
import { validOn } from './filters'
import { namedQuery } from './named-query'

/** A code as stored for its set: POS codes are two digits even when typed as one. */
function storedCode(set: CodeSetName, text: string): string | null {
  const code = codeFromInput(text)
  return code && set === 'pos' && /^\d$/.test(code) ? `0${code}` : code
}

/** Claim checks ask this for every line: the SQL is written once (see named-query.ts). */
const ON_DATE = namedQuery(['set', 'code', 'date'], (p) =>
  storeQuery
    .selectFrom('codes')
    .select(ENTRY_COLUMNS)
    .where('code_set', '=', p.set)
    .where('code', '=', p.code)
    .where(validOn(p.date))
    // A modifier in both the HCPCS and the CPT list: either serves; take one, the same each time.
    .orderBy('list'),
)

/** The code as valid on the date of service (header codes included, billable false), or null. */
export function codeOnDate(
  db: Database.Database,
  set: CodeSetName,
  code: string,
  dateOfService: string,
): CodeEntry | null {
  const stored = storedCode(set, code)
  if (!stored) return null
  const row = statement(db, ON_DATE.sql).get(
    ...ON_DATE.bind({ set, code: stored, date: dateOfService }),
  )
  return row ? toEntry(row as EntryRow) : null
}

/**
 * The billable ICD-10-CM codes under a category header valid on the date, for when a header is
 * picked (E11.6 → E11.610 … E11.69): every longer code that starts with the header's characters.
 */
export function billableChildren(
  db: Database.Database,
  headerCode: string,
  date: string,
): CodeEntry[] {
  const header = codeFromInput(headerCode)
  if (!header) return []
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('codes')
      .select(ENTRY_COLUMNS)
      .where('code_set', '=', 'icd10cm')
      .where('code', '>', header)
      // Codes are A–Z and 0–9 only, all sorting before '~': this bounds "starts with header".
      .where('code', '<', `${header}~`)
      .where('billable', '=', 1)
      .where(validOn(date))
      .orderBy('code'),
  )
  return rows.map(toEntry)
}

/**
 * Why a code cannot go on a claim for this date of service, in words a biller can act on, or null
 * when it can. The later claim checks show this beside the code.
 */
export function codeProblem(
  db: Database.Database,
  set: CodeSetName,
  code: string,
  date: string,
): string | null {
  const stored = storedCode(set, code)
  const label = CODE_SET_LABELS[set]
  if (!stored) return `"${code}" is not written like a code (letters and digits, up to 7).`
  const shown = displayCode(set, stored)
  const entry = codeOnDate(db, set, stored, date)
  if (entry && entry.billable) return null
  if (entry) {
    const children = billableChildren(db, stored, date)
    const some = children
      .slice(0, 3)
      .map((child) => child.display)
      .join(', ')
    return children.length > 0
      ? `${shown} is a category, not a billable code: pick one of the ${children.length} codes under it (${some}${children.length > 3 ? ', …' : ''}).`
      : `${shown} is a category, not a billable code: pick a more specific code.`
  }
  const periods = allRows(
    db,
    storeQuery
      .selectFrom('codes')
      .select(['effective_date', 'end_date'])
      .where('code_set', '=', set)
      .where('code', '=', stored)
      .orderBy('effective_date'),
  )
  const endedBefore = periods.filter((p) => p.end_date !== null && p.end_date < date).pop()
  if (endedBefore) {
    return `${shown} ended on ${endedBefore.end_date}; it is not valid for a service on ${date}. Use the code that replaced it.`
  }
  const startsAfter = periods.find((p) => p.effective_date > date)
  if (startsAfter) {
    return `${shown} is valid only from ${startsAfter.effective_date}; the service on ${date} is earlier. Import the ${label} list for that date, or use the code valid then.`
  }
  return setIsLoaded(db, set)
    ? `${shown} is not in the ${label} loaded in ClaimDesk. Check the code; if it is new, import the current list.`
    : `No ${label} list is loaded yet: import one in Settings → Code sets.`
}

function setIsLoaded(db: Database.Database, set: CodeSetName): boolean {
  const row = firstRow(
    db,
    storeQuery.selectFrom('code_versions').select('id').where('code_set', '=', set).limit(1),
  )
  return row !== undefined
}
