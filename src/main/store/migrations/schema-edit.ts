import type Database from 'better-sqlite3-multiple-ciphers'
import { StoreError } from '../store-error'

export interface SchemaRowEdit {
  /** The sqlite_schema row, by its current name. */
  name: string
  type: 'table' | 'index'
  /** Its new definition; `newName` renames it too. */
  sql: string
  newName?: string
}

/**
 * Rewrites definitions in sqlite_schema in place, the way SQLite's ALTER TABLE page describes for
 * changes that leave the stored rows as they are (writable_schema, schema_version + 1), inside
 * the migration's transaction; the store is checked before that transaction commits.
 */
export function editSchema(db: Database.Database, edits: readonly SchemaRowEdit[]): void {
  if (edits.length === 0) return
  const version = db.pragma('schema_version', { simple: true }) as number
  // better-sqlite3 opens connections in SQLite's defensive mode, which forbids this edit.
  db.unsafeMode(true)
  try {
    db.pragma('writable_schema = ON')
    const update = db.prepare(
      'UPDATE sqlite_schema SET sql = ?, name = ? WHERE type = ? AND name = ?',
    )
    for (const e of edits) {
      if (update.run(e.sql, e.newName ?? e.name, e.type, e.name).changes !== 1) {
        throw new StoreError('corrupt', `The store has no ${e.type} ${e.name} to update.`)
      }
    }
    db.pragma(`schema_version = ${version + 1}`)
    db.pragma('writable_schema = OFF')
  } finally {
    db.unsafeMode(false)
  }
  const problems = db.pragma('quick_check', { simple: false }) as { quick_check: string }[]
  if (problems.length !== 1 || problems[0]?.quick_check !== 'ok') {
    throw new StoreError(
      'corrupt',
      `Updating the store's definitions failed its check (${problems
        .map((p) => p.quick_check)
        .join('; ')}); nothing was changed.`,
    )
  }
}
