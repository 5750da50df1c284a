import type Database from 'better-sqlite3-multiple-ciphers'
import { firstRow, storeQuery } from '../store/sync-query'
import type { CandidateQuery } from './search'

export const PHONE_COLUMNS = ['phone_home', 'phone_mobile', 'phone_work'] as const
type PhoneColumn = (typeof PHONE_COLUMNS)[number]

/** A practice's patients live in a few area codes; past this many, give up on the local number. */
const MAX_AREA_CODES = 200

/**
 * "555-0142" or "5550142": a local number typed without its area code. Phones are stored as ten
 * digits, so this is a suffix no index can seek. Instead, step through the area codes on file
 * (one index seek each: the smallest phone past the last area code) and look up each area code
 * plus the seven digits exactly — a few dozen seeks, never a read of every patient.
 */
export function localNumberQueries(
  db: Database.Database,
  text: string,
  limit: number,
): CandidateQuery[] {
  const digits = text.trim().replace(/[\s().-]/g, '')
  if (!/^\d{7}$/.test(digits)) return []
  return PHONE_COLUMNS.flatMap((column) =>
    areaCodes(db, column).map((area) =>
      storeQuery
        .selectFrom('patients')
        .select('id')
        .where(column, '=', `${area}${digits}`)
        .limit(limit),
    ),
  )
}

export function areaCodes(db: Database.Database, column: PhoneColumn): string[] {
  const found: string[] = []
  let after = ''
  while (found.length < MAX_AREA_CODES) {
    const next = firstRow(
      db,
      storeQuery
        .selectFrom('patients')
        .select(column)
        .where(column, '>', after)
        .orderBy(column)
        .limit(1),
    )
    const phone = next?.[column]
    if (!phone) break
    const area = phone.slice(0, 3)
    found.push(area)
    // ':' sorts right after '9': the next seek lands on the next area code.
    after = `${area}:`
  }
  return found
}
