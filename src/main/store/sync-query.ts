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

// Statements are prepared once per database and SQL text: search runs on every keystroke and
// imports run tens of thousands of identical writes. Bounded, because `IN (…)` lists of varying
// length make new texts.
const MAX_CACHED = 500
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>()

export function statement(db: Database.Database, sql: string): Database.Statement {
  let bySql = prepared.get(db)
  if (!bySql) {
    bySql = new Map()
    prepared.set(db, bySql)
  }
  let stmt = bySql.get(sql)
  if (!stmt) {
    stmt = db.prepare(sql)
    if (bySql.size >= MAX_CACHED) bySql.delete(bySql.keys().next().value!)
    bySql.set(sql, stmt)
  }
  return stmt
}

export function allRows<Row>(db: Database.Database, query: Compilable<Row>): Row[] {
  const { sql, parameters } = query.compile()
  return statement(db, sql).all(...parameters) as Row[]
}

export function firstRow<Row>(db: Database.Database, query: Compilable<Row>): Row | undefined {
  const { sql, parameters } = query.compile()
  return statement(db, sql).get(...parameters) as Row | undefined
}

export function runQuery(db: Database.Database, query: Compilable<unknown>): Database.RunResult {
  const { sql, parameters } = query.compile()
  return statement(db, sql).run(...parameters)
}
