import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { newDatabaseKey, openDatabase, StoreError } from '../../../src/main/store/database'
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
  schemaVersion,
} from '../../../src/main/store/migrations/index'
import { fingerprint, makeStore, tempFolder } from './store-fixture'

function freshConnection(): Database.Database {
  return new Database(join(tempFolder('migrate'), 'plain.db'))
}

function tableNames(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )
    .all()
    .map((row) => row.name)
}

describe('schema migrations', () => {
  it('numbers migrations 1, 2, 3… with no gaps, and LATEST is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })

  it('brings a fresh encrypted practice to the latest schema, one tracking row per step', () => {
    const store = makeStore()
    expect(schemaVersion(store.db)).toBe(LATEST_SCHEMA_VERSION)
    const rows = store.db.prepare('SELECT version, name FROM schema_migrations').all()
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })))
    store.db.close()
  })

  it('does nothing when run again', () => {
    const db = freshConnection()
    migrate(db)
    const schema = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()
    const tracked = db.prepare('SELECT * FROM schema_migrations').all()
    migrate(db)
    expect(db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(
      schema,
    )
    expect(db.prepare('SELECT * FROM schema_migrations').all()).toEqual(tracked)
    db.close()
  })

  it('refuses a practice written by a newer ClaimDesk and says which schema it has', () => {
    const store = makeStore()
    const future = LATEST_SCHEMA_VERSION + 1
    store.db
      .prepare(
        "INSERT INTO schema_migrations VALUES (?, 'from_the_future', '2031-01-01T00:00:00Z')",
      )
      .run(future)
    store.db.close()
    const before = fingerprint(store.dir)
    let thrown: unknown
    try {
      openDatabase(store.dbPath, store.key)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(StoreError)
    expect((thrown as StoreError).code).toBe('newer_schema')
    expect((thrown as StoreError).message).toBe(
      `This practice's data was written by a newer ClaimDesk (schema ${future}). ` +
        `This copy understands up to ${LATEST_SCHEMA_VERSION} — install the newer version.`,
    )
    expect(fingerprint(store.dir)).toEqual(before)
  })

  it('refuses a practice whose recorded step has a different name than this build', () => {
    const db = freshConnection()
    migrate(db)
    db.prepare("UPDATE schema_migrations SET name = 'renamed' WHERE version = 1").run()
    expect(() => migrate(db)).toThrow(/schema step 1 \("renamed"\)/)
    db.close()
  })

  it('rolls a failing step back completely, tracking row included', () => {
    const db = freshConnection()
    const broken = {
      version: 2,
      name: 'broken',
      up(inner: Database.Database) {
        inner.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT')
        inner.exec('INSERT INTO no_such_table VALUES (1)')
      },
    }
    expect(() => migrate(db, 2, [...MIGRATIONS.slice(0, 1), broken])).toThrow()
    expect(tableNames(db)).not.toContain('half_done')
    expect(schemaVersion(db)).toBe(1)
    db.close()
  })

  it('opens a newly created store with a fresh key at the latest schema', () => {
    const path = join(tempFolder(), 'claimdesk.db')
    const db = openDatabase(path, newDatabaseKey(), { create: true })
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    db.close()
  })
})

describe('migration 001: accounts', () => {
  function migrated(): Database.Database {
    const db = freshConnection()
    migrate(db, 1)
    return db
  }

  it('creates practice, users, settings and audit_log as STRICT tables', () => {
    const db = migrated()
    expect(tableNames(db)).toEqual([
      'audit_log',
      'practice',
      'schema_migrations',
      'settings',
      'users',
    ])
    const strict = db
      .prepare<[], { name: string; strict: number }>('PRAGMA table_list')
      .all()
      .filter((t) => !t.name.startsWith('sqlite_'))
    expect(strict.every((t) => t.strict === 1)).toBe(true)
    db.close()
  })

  it('holds exactly one practice', () => {
    const db = migrated()
    const now = new Date().toISOString()
    db.prepare('INSERT INTO practice (id, name, created_at) VALUES (1, ?, ?)').run('A', now)
    expect(() =>
      db.prepare('INSERT INTO practice (id, name, created_at) VALUES (2, ?, ?)').run('B', now),
    ).toThrow(/CHECK constraint/)
    db.close()
  })

  it('treats usernames as unique regardless of case and allows only the four roles', () => {
    const db = migrated()
    const add = db.prepare(
      'INSERT INTO users (username, full_name, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    )
    const now = new Date().toISOString()
    add.run('dana', 'Dana Ruiz', 'admin', now, now)
    expect(() => add.run('DANA', 'Dana Again', 'biller', now, now)).toThrow(/UNIQUE/)
    expect(() => add.run('sam', 'Sam Lee', 'superuser', now, now)).toThrow(/CHECK constraint/)
    const row = db.prepare('SELECT disabled, must_change_password FROM users').get()
    expect(row).toEqual({ disabled: 0, must_change_password: 0 })
    db.close()
  })

  it('makes the audit log append-only', () => {
    const db = migrated()
    db.prepare(
      "INSERT INTO audit_log (at, action, prev_hash, hash) VALUES ('2026-01-01', 'login', 'a', 'b')",
    ).run()
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(
      'The audit log is append-only',
    )
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('The audit log is append-only')
    db.close()
  })

  it('indexes the audit log by time, person, patient and action', () => {
    const db = migrated()
    const indexed = db
      .prepare<[], { name: string }>("SELECT name FROM pragma_index_list('audit_log')")
      .all()
      .flatMap((index) =>
        db
          .prepare<[], { name: string }>(`SELECT name FROM pragma_index_info('${index.name}')`)
          .all()
          .map((column) => column.name),
      )
    expect(indexed.sort()).toEqual(['action', 'at', 'patient_id', 'user_id'])
    db.close()
  })
})
