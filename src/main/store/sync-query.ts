import type Database from 'better-sqlite3-multiple-ciphers'
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely'
import type { StoreSchema } from './schema'

/**
 * Kysely as a typed SQL compiler only. Main-side code runs better-sqlite3 synchronously (inside
 * db.transaction, which cannot await), so queries are built here and run by the functions below.
 */
export const storeQuery = new Kysely<StoreSchema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
})

export function allRows<Row>(db: Database.Database, query: Compilable<Row>): Row[] {
  const { sql, parameters } = query.compile()
  return db.prepare(sql).all(...parameters) as Row[]
}

export function firstRow<Row>(db: Database.Database, query: Compilable<Row>): Row | undefined {
  const { sql, parameters } = query.compile()
  return db.prepare(sql).get(...parameters) as Row | undefined
}

export function runQuery(db: Database.Database, query: Compilable<unknown>): Database.RunResult {
  const { sql, parameters } = query.compile()
  return db.prepare(sql).run(...parameters)
}
