import type Database from 'better-sqlite3-multiple-ciphers'
import type { Compilable } from 'kysely'
import { statement } from '../store/sync-query'

/**
 * A write run once per row: Kysely compiles it from the first row, and later rows bind their
 * values in the same order (object keys keep insertion order, and every row has every key).
 */
export function rowWriter<Values extends Record<string, unknown>>(
  db: Database.Database,
  build: (values: Values) => Compilable<unknown>,
): (values: Values) => Database.RunResult {
  let stmt: Database.Statement | null = null
  return (values) => {
    if (!stmt) {
      const { sql, parameters } = build(values).compile()
      const ordered = Object.values(values)
      if (parameters.length !== ordered.length || parameters.some((p, i) => p !== ordered[i])) {
        throw new Error(`rowWriter: ${sql} does not bind its values in key order`)
      }
      stmt = statement(db, sql)
    }
    return stmt.run(...Object.values(values))
  }
}
