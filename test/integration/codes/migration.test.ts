import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3-multiple-ciphers'
import { migrate } from '../../../src/main/store/migrations'

describe('migration 003: code sets', () => {
  let db: Database.Database
  afterEach(() => db.close())

  it('adds the code tables to a store at schema 2 and leaves its data as it was', () => {
    db = new Database(':memory:')
    migrate(db, 2)
    db.prepare(
      "INSERT INTO practice (id, name, created_at) VALUES (1, 'Fake Practice', '2025-01-01')",
    ).run()
    migrate(db, 3)
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'code%' ORDER BY name",
      )
      .pluck()
      .all()
    expect(tables).toEqual(expect.arrayContaining(['code_versions', 'codes', 'codes_fts']))
    expect(db.prepare('SELECT name FROM practice').pluck().get()).toBe('Fake Practice')
  })

  it('has FTS5 compiled in, with the accent-folding tokenizer and prefix indexes', () => {
    db = new Database(':memory:')
    migrate(db, 3)
    expect(db.prepare("SELECT sqlite_compileoption_used('ENABLE_FTS5')").pluck().get()).toBe(1)
    const ddl = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'codes_fts'").pluck().get()
    expect(ddl).toContain('remove_diacritics 2')
    expect(ddl).toContain("prefix = '2 3 4'")
  })

  it('refuses rows no import would write: a dotted code, an end before the start, a set and list that disagree', () => {
    db = new Database(':memory:')
    migrate(db, 3)
    db.prepare(
      `INSERT INTO code_versions (id, code_set, list, file_kind, effective_date, source_file, sha256,
         row_count, added, closed, revised, unchanged, imported_at)
       VALUES (1, 'icd10cm', 'icd10cm', 'icd10cm-order', '2025-10-01', 'f.txt', ?, 0, 0, 0, 0, 0, 'now')`,
    ).run('a'.repeat(64))
    const insert = db.prepare(
      `INSERT INTO codes (code_set, list, code, billable, long_description, effective_date, end_date, version_id)
       VALUES (?, ?, ?, 1, 'x', ?, ?, 1)`,
    )
    expect(() => insert.run('icd10cm', 'icd10cm', 'E11.9', '2025-10-01', null)).toThrow(/CHECK/)
    expect(() => insert.run('icd10cm', 'icd10cm', 'E119', '2025-10-01', '2025-09-30')).toThrow(
      /CHECK/,
    )
    expect(() => insert.run('modifier', 'hcpcs', 'RT', '2025-10-01', null)).toThrow(/CHECK/)
    insert.run('modifier', 'hcpcs-modifier', 'RT', '2025-10-01', null)
    expect(() => db.prepare("UPDATE codes SET long_description = 'y'").run()).toThrow(
      /text is fixed/,
    )
  })
})
