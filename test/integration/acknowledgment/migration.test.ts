import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../src/main/store/migrations'

describe('migration 009: acknowledgments', () => {
  let db: Database.Database
  afterEach(() => db.close())

  it('adds the acknowledgments table, STRICT, and leaves the data as it was', () => {
    db = new Database(':memory:')
    migrate(db, 7)
    db.prepare(
      "INSERT INTO practice (id, name, created_at) VALUES (1, 'Fake Practice', '2025-01-01')",
    ).run()
    migrate(db)
    const table = db
      .prepare<[], { name: string; strict: number }>('PRAGMA table_list')
      .all()
      .find((t) => t.name === 'acknowledgments')
    expect(table?.strict).toBe(1)
    expect(db.prepare('SELECT name FROM practice').pluck().get()).toBe('Fake Practice')
  })

  it('takes only the known kinds and statuses', () => {
    db = new Database(':memory:')
    migrate(db)
    const insert = db.prepare(
      `INSERT INTO acknowledgments (kind, status, explanation, at, recorded_at, recorded_by)
       VALUES (?, ?, 'x', 'now', 'now', 'dana')`,
    )
    insert.run('277CA', 'rejected')
    insert.run('manual', 'accepted')
    expect(() => insert.run('835', 'accepted')).toThrow(/CHECK/)
    expect(() => insert.run('999', 'maybe')).toThrow(/CHECK/)
  })
})
