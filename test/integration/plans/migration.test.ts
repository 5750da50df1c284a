import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/store/migrations/index'
import { tempFolder } from '../store/store-fixture'

const insert = `INSERT INTO payment_plans (account_no, guarantor_patient_id, total_cents,
  installment_cents, installments, frequency, first_due, remainder, start_date, created_at,
  created_by, ended_at) VALUES (?, 1, 10000, ?, ?, 'monthly', '2027-01-31', 'last', '2027-01-02',
  '2027-01-02T10:00:00Z', 'ann', ?)`

describe('migration 14: payment plans', () => {
  it('adds the plans table on a store at 13: one active plan per account, one kind of terms', () => {
    const db = new Database(join(tempFolder('migrate-plans'), 'plain.db'))
    migrate(db, 13)
    expect(schemaVersion(db)).toBe(13)
    migrate(db, 14)
    expect(schemaVersion(db)).toBe(14)
    db.pragma('foreign_keys = OFF')
    const add = db.prepare(insert)
    add.run('100001', 2500, null, '2027-01-05T00:00:00Z')
    add.run('100001', 2500, null, null)
    expect(() => add.run('100001', null, 4, null)).toThrow(/UNIQUE/)
    expect(() => add.run('100002', 2500, 4, null)).toThrow(/CHECK/)
    expect(() => add.run('100002', null, null, null)).toThrow(/CHECK/)
    add.run('100002', null, 4, null)
    db.close()
  })
})
