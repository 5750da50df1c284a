import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { listsAsComparisons } from '../../../src/main/store/migrations/018_checks_as_comparisons'
import { migrate } from '../../../src/main/store/migrations/index'

const tableSql = (db: Database.Database) =>
  db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all()

describe('migration 18: CHECK lists as comparisons', () => {
  it('rewrites a list of quoted values as comparisons, and nothing else', () => {
    expect(listsAsComparisons("kind TEXT CHECK (kind IN ('a', 'b''s','c'))")).toBe(
      "kind TEXT CHECK ((kind = 'a' OR kind = 'b''s' OR kind = 'c'))",
    )
    expect(listsAsComparisons("CHECK (g IS NULL OR g IN ('CO', 'PR'))")).toBe(
      "CHECK (g IS NULL OR (g = 'CO' OR g = 'PR'))",
    )
    for (const untouched of [
      'CHECK (active IN (0, 1))',
      "CHECK (status NOT IN ('a', 'b'))",
      'CHECK (x IN (SELECT y FROM t))',
    ])
      expect(listsAsComparisons(untouched)).toBe(untouched)
  })

  it('upgrades a store with claims and ledger lines: same rows, same rules, no lists left', () => {
    const db = new Database(':memory:')
    migrate(db, 17)
    db.pragma('foreign_keys = OFF')
    db.prepare(
      `INSERT INTO claims (id, visit_id, patient_id, payer_id, rendering_provider_id, responsibility,
         patient_control_number, frequency, status, date_of_service, total_cents, split_part,
         split_count, created_at, updated_at)
       VALUES (7, 1, 1, 1, 1, 'primary', '100001-1-1', '1', 'submitted', '2026-02-20', 12500, 1, 1,
         '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')`,
    ).run()
    db.prepare(
      `INSERT INTO ledger_entries (id, kind, posted_at, posted_by, effective_date, patient_id,
         visit_id, line_no, insurance_cents, patient_cents, group_code)
       VALUES (1, 'contractual', '2026-03-05T00:00:00Z', 'fake.biller', '2026-03-05', 1, 1, 1,
         -2500, 0, 'CO')`,
    ).run()
    const before = tableSql(db)
    migrate(db, 18)
    const after = tableSql(db)

    expect(after.map((t) => t.name)).toEqual(before.map((t) => t.name))
    expect(after.filter((t) => t.sql !== before.find((b) => b.name === t.name)!.sql).length).toBe(
      before.filter((t) => /\w+ IN \('/.test(t.sql)).length,
    )
    for (const t of after) expect(t.sql).not.toMatch(/\w+ IN \('/)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.prepare('SELECT status FROM claims WHERE id = 7').get()).toEqual({
      status: 'submitted',
    })
    expect(db.prepare('SELECT group_code FROM ledger_entries WHERE id = 1').get()).toEqual({
      group_code: 'CO',
    })

    // The rules hold as before: an unknown value is refused, a known one and NULL pass.
    expect(() => db.prepare("UPDATE claims SET status = 'lost' WHERE id = 7").run()).toThrow(
      /CHECK constraint failed/,
    )
    db.prepare("UPDATE claims SET status = 'accepted' WHERE id = 7").run()
    const line = db.prepare(
      `INSERT INTO ledger_entries (kind, posted_at, posted_by, effective_date, patient_id,
         insurance_cents, patient_cents, group_code) VALUES (?, '2026-03-06T00:00:00Z', 'fake.biller',
         '2026-03-06', 1, 0, 0, ?)`,
    )
    expect(() => line.run('gift', null)).toThrow(/CHECK constraint failed/)
    expect(() => line.run('write_off', 'XX')).toThrow(/CHECK constraint failed/)
    line.run('write_off', null)
    line.run('other_adjustment', 'OA')
    // And the edit of the schema is not left open to anything else.
    expect(() =>
      db.prepare("UPDATE sqlite_schema SET sql = sql WHERE name = 'claims'").run(),
    ).toThrow()
    db.close()
  })
})
