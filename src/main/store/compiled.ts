/**
 * A Kysely query compiled once, its parameters filled per call. Compiling costs Kysely 50–120 µs,
 * more than SQLite's own work for a keyed read or an insert, and posting an 835 of 10,000
 * claims runs the same few statements tens of thousands of times.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Compilable } from 'kysely'
import { statement } from './sync-query'

const MARK = '\u0000slot:'

export interface Compiled<K extends string> {
  run(db: Database.Database, values: Record<K, unknown>): Database.RunResult
  get<Row>(db: Database.Database, values: Record<K, unknown>): Row | undefined
  all<Row>(db: Database.Database, values: Record<K, unknown>): Row[]
}

/** `build` receives a stand-in for each named value (typed `never`, so it fits any column). */
export function compiledOnce<K extends string>(
  names: readonly K[],
  build: (slot: Record<K, never>) => Compilable<unknown>,
): Compiled<K> {
  let sql = ''
  let order: ({ slot: K } | { value: unknown })[] | null = null
  const prepare = (db: Database.Database, values: Record<K, unknown>) => {
    if (!order) {
      const slots = Object.fromEntries(names.map((n) => [n, `${MARK}${n}`])) as Record<K, never>
      const compiled = build(slots).compile()
      sql = compiled.sql
      order = compiled.parameters.map((p) =>
        typeof p === 'string' && p.startsWith(MARK)
          ? { slot: p.slice(MARK.length) as K }
          : { value: p },
      )
    }
    const params = order.map((o) => ('slot' in o ? values[o.slot] : o.value))
    return { stmt: statement(db, sql), params }
  }
  return {
    run(db, values) {
      const { stmt, params } = prepare(db, values)
      return stmt.run(...params)
    },
    get<Row>(db: Database.Database, values: Record<K, unknown>) {
      const { stmt, params } = prepare(db, values)
      return stmt.get(...params) as Row | undefined
    },
    all<Row>(db: Database.Database, values: Record<K, unknown>) {
      const { stmt, params } = prepare(db, values)
      return stmt.all(...params) as Row[]
    },
  }
}

/**
 * SQL whose text depends on a row count (a multi-row INSERT), compiled once per count: `compile`
 * runs the first time each count is asked for.
 */
export function sqlPerRowCount(compile: (rows: number) => string): (rows: number) => string {
  const texts = new Map<number, string>()
  return (rows) => {
    let sql = texts.get(rows)
    if (sql === undefined) {
      sql = compile(rows)
      texts.set(rows, sql)
    }
    return sql
  }
}
