import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/store/migrations/index'
import { tempFolder } from '../store/store-fixture'

const line = `INSERT INTO ledger_entries (kind, posted_at, posted_by, effective_date, patient_id,
  visit_id, insurance_cents, patient_cents) VALUES (?, '2026-06-01T10:00:00Z', 'ann', '2026-06-01',
  1, ?, ?, ?)`

const balances = (db: Database.Database) =>
  db.prepare('SELECT visit_id, insurance_cents, patient_cents FROM visit_balances ORDER BY 1').all()

describe('migration 16: visit balances', () => {
  it('adds up the existing ledger per visit, then keeps adding each new line', () => {
    const db = new Database(join(tempFolder('migrate-visit-balances'), 'plain.db'))
    migrate(db, 15)
    db.pragma('foreign_keys = OFF')
    const add = db.prepare(line)
    add.run('charge', 1, 10000, 0)
    add.run('insurance_payment', 1, -6000, 0)
    add.run('charge', 2, 0, 2500)
    add.run('patient_payment', null, 0, -700)
    migrate(db, 16)
    expect(schemaVersion(db)).toBe(16)
    expect(balances(db)).toEqual([
      { visit_id: 1, insurance_cents: 4000, patient_cents: 0 },
      { visit_id: 2, insurance_cents: 0, patient_cents: 2500 },
    ])
    add.run('patient_responsibility', 1, -1000, 1000)
    add.run('charge', 3, 500, 0)
    add.run('patient_payment', null, 0, -300)
    expect(balances(db)).toEqual([
      { visit_id: 1, insurance_cents: 3000, patient_cents: 1000 },
      { visit_id: 2, insurance_cents: 0, patient_cents: 2500 },
      { visit_id: 3, insurance_cents: 500, patient_cents: 0 },
    ])
    const open = db
      .prepare(
        'SELECT visit_id FROM visit_balances WHERE insurance_cents != 0 OR patient_cents != 0',
      )
      .all()
    expect(open).toHaveLength(3)
    db.close()
  })
})
