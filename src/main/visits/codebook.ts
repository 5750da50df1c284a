import type Database from 'better-sqlite3-multiple-ciphers'
import { billableChildren, codeOnDate } from '../codes'
import { firstRow, storeQuery } from '../store/sync-query'
import type { CodeBook } from './coding'

/** The code sets as the coding checks see them, read from the practice's store. */
export function storeCodeBook(db: Database.Database): CodeBook {
  return {
    lookup: (set, code, date) => codeOnDate(db, set, code, date),
    children: (code, date) =>
      billableChildren(db, code, date).map((c) => ({
        code: c.display,
        description: c.description,
      })),
    hasAny: (set) =>
      firstRow(
        db,
        storeQuery.selectFrom('codes').select('id').where('code_set', '=', set).limit(1),
      ) !== undefined,
    onFeeSchedule: (code) =>
      firstRow(
        db,
        storeQuery.selectFrom('fee_schedule').select('code').where('code', '=', code),
      ) !== undefined,
  }
}
