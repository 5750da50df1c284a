/** CARC and RARC meanings in plain English, from the imported code lists (newest version). */
import type Database from 'better-sqlite3-multiple-ciphers'
import { firstRow, storeQuery } from '../store/sync-query'

export function codeDescriber(
  db: Database.Database,
): (list: 'carc' | 'rarc', code: string) => string {
  const cache = new Map<string, string>()
  return (list, code) => {
    const key = `${list}:${code}`
    let d = cache.get(key)
    if (d === undefined) {
      d =
        firstRow(
          db,
          storeQuery
            .selectFrom('codes')
            .select('long_description')
            .where('list', '=', list)
            .where('code', '=', code)
            .orderBy('effective_date', 'desc'),
        )?.long_description ?? ''
      if (!d)
        d = `${list.toUpperCase()} ${code} (not in the imported list: import the ${list.toUpperCase()} codes in Codes)`
      cache.set(key, d)
    }
    return d
  }
}
