import type Database from 'better-sqlite3-multiple-ciphers'
import { codeOnDate, codeProblem } from '../codes'
import { storeQuery, firstRow } from '../store/sync-query'
import type { ScrubCodeSet, ScrubCodes } from './scrubber/rule'

/**
 * The code sets for the scrubber, from the store, remembering answers for one scrub run: a
 * scrub of every open claim asks about the same few hundred codes thousands of times.
 */
export function storeScrubCodes(db: Database.Database): ScrubCodes {
  const entries = new Map<string, { billable: boolean } | null>()
  const problems = new Map<string, string | null>()
  const loaded = new Map<ScrubCodeSet, boolean>()
  const fees = new Map<string, boolean>()
  return {
    entry(set, code, date) {
      const k = `${set}|${code}|${date}`
      if (!entries.has(k)) {
        const found = codeOnDate(db, set, code, date)
        entries.set(k, found ? { billable: found.billable } : null)
      }
      return entries.get(k) ?? null
    },
    problem(set, code, date) {
      const k = `${set}|${code}|${date}`
      if (!problems.has(k)) problems.set(k, codeProblem(db, set, code, date))
      return problems.get(k) ?? null
    },
    loaded(set) {
      let answer = loaded.get(set)
      if (answer === undefined) {
        answer =
          firstRow(
            db,
            storeQuery
              .selectFrom('code_versions')
              .select('id')
              .where('code_set', '=', set)
              .limit(1),
          ) !== undefined
        loaded.set(set, answer)
      }
      return answer
    },
    onFeeSchedule(code) {
      let answer = fees.get(code)
      if (answer === undefined) {
        answer =
          firstRow(
            db,
            storeQuery.selectFrom('fee_schedule').select('code').where('code', '=', code),
          ) !== undefined
        fees.set(code, answer)
      }
      return answer
    },
  }
}
