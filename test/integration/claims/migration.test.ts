import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../src/main/store/migrations'

describe('migration 005: claims', () => {
  let db: Database.Database
  afterEach(() => db.close())

  it('adds the claim tables, STRICT, to a store at schema 4 and leaves its data as it was', () => {
    db = new Database(':memory:')
    migrate(db, 4)
    db.prepare(
      "INSERT INTO practice (id, name, created_at) VALUES (1, 'Fake Practice', '2025-01-01')",
    ).run()
    migrate(db, 5)
    const tables = db
      .prepare<[], { name: string; strict: number }>('PRAGMA table_list')
      .all()
      .filter((t) =>
        [
          'claims',
          'claim_lines',
          'claim_history',
          'claim_findings',
          'batches',
          'batch_claims',
          'control_numbers',
        ].includes(t.name),
      )
    expect(tables).toHaveLength(7)
    expect(tables.every((t) => t.strict === 1)).toBe(true)
    expect(db.prepare('SELECT name FROM practice').pluck().get()).toBe('Fake Practice')
  })

  it('refuses a patient control number over 17 characters, a repeated one, and a replacement without its original', () => {
    db = new Database(':memory:')
    migrate(db)
    db.pragma('foreign_keys = OFF')
    const insert = db.prepare(
      `INSERT INTO claims (visit_id, patient_id, payer_id, rendering_provider_id, responsibility,
         patient_control_number, frequency, replaces_claim_id, status, date_of_service, total_cents,
         split_part, split_count, created_at, updated_at)
       VALUES (1, 1, 1, 1, 'primary', ?, ?, ?, 'draft', '2026-02-20', 100, 1, 1, 'now', 'now')`,
    )
    insert.run('100001-1-1', '1', null)
    expect(() => insert.run('X'.repeat(18), '1', null)).toThrow(/CHECK/)
    expect(() => insert.run('100001-1-1', '1', null)).toThrow(/UNIQUE/)
    expect(() => insert.run('100001-1-1R1', '7', null)).toThrow(/CHECK/)
    expect(() => insert.run('100001-1-2', '1', 1)).toThrow(/CHECK/)
    insert.run('100001-1-1R1', '7', 1)
  })

  it('keeps each line item control number unique across claims', () => {
    db = new Database(':memory:')
    migrate(db)
    db.pragma('foreign_keys = OFF')
    const line = db.prepare(
      `INSERT INTO claim_lines (claim_id, line_no, code, units, charge_cents, line_control_number)
       VALUES (?, 1, '99213', 1, 100, ?)`,
    )
    line.run(1, 'A-1')
    expect(() => line.run(2, 'A-1')).toThrow(/UNIQUE/)
  })
})
