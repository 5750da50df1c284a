import type Database from 'better-sqlite3-multiple-ciphers'

/**
 * The statements `run` prepares on `db`, each with SQLite's query plan for it (one line per
 * step). Statements already in the prepared cache are not prepared again, so are not seen: run
 * this on a store that has not run them yet.
 */
export function queryPlans(
  db: Database.Database,
  run: () => void,
): { sql: string; plan: string }[] {
  const prepare = db.prepare.bind(db)
  const sqls: string[] = []
  db.prepare = ((source: string) => {
    sqls.push(source)
    return prepare(source)
  }) as typeof db.prepare
  try {
    run()
  } finally {
    db.prepare = prepare
  }
  return sqls.map((sql) => ({
    sql,
    plan: (
      prepare(`EXPLAIN QUERY PLAN ${sql}`).all(
        ...Array<null>((sql.match(/\?/g) ?? []).length).fill(null),
      ) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n'),
  }))
}
