import type Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import {
  appendAudit,
  auditHash,
  GENESIS_HASH,
  queryAudit,
  verifyAudit,
} from '../../../src/main/store/audit'
import { makeStore } from './store-fixture'

const NO_UPDATE = `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END`
const NO_DELETE = `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END`

function withTwentyEntries(): Database.Database {
  const { db } = makeStore()
  for (let i = 1; i <= 20; i++) {
    appendAudit(db, {
      userId: 1,
      username: 'dana',
      action: i % 2 === 0 ? 'patient.read' : 'claim.update',
      patientId: 100 + (i % 3),
      detail: { claimId: i, fields: ['status'] },
      at: `2026-11-27T04:${String(i).padStart(2, '0')}:00.000Z`,
    })
  }
  return db
}

/** What someone with the key and a SQLite shell could do: drop the guard, edit, put it back. */
function tamper(db: Database.Database, statement: string, trigger: string, name: string): void {
  db.exec(`DROP TRIGGER ${name}`)
  db.prepare(statement).run()
  db.exec(trigger)
}

describe('audit log', () => {
  it('chains every entry to the one before, starting from the genesis hash', () => {
    const db = withTwentyEntries()
    const rows = queryAudit(db, { limit: 1000 }).reverse()
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH)
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash)
    expect(verifyAudit(db)).toEqual({ ok: true, count: 20 })
    db.close()
  })

  it('names the entry whose detail was changed by one byte', () => {
    const db = withTwentyEntries()
    tamper(
      db,
      `UPDATE audit_log SET detail = replace(detail, '"claimId":7', '"claimId":8') WHERE id = 7`,
      NO_UPDATE,
      'audit_log_no_update',
    )
    expect(verifyAudit(db)).toEqual({
      ok: false,
      count: 20,
      entryId: 7,
      reason: 'Audit entry 7 was altered after it was written.',
    })
    db.close()
  })

  it('names the entry after one deleted from the middle', () => {
    const db = withTwentyEntries()
    tamper(db, 'DELETE FROM audit_log WHERE id = 10', NO_DELETE, 'audit_log_no_delete')
    const verdict = verifyAudit(db)
    expect(verdict).toMatchObject({ ok: false, count: 19, entryId: 11 })
    db.close()
  })

  it("names the following entry when a forger also recomputes the changed entry's hash", () => {
    const db = withTwentyEntries()
    const entry = queryAudit(db, { beforeId: 5, limit: 1 })[0]
    if (!entry) throw new Error('expected entry 4')
    const forgedDetail = { ...entry.detail, claimId: 999 }
    const forgedHash = auditHash(entry.prevHash, {
      id: entry.id,
      at: entry.at,
      userId: entry.userId,
      username: entry.username,
      action: entry.action,
      patientId: entry.patientId,
      detail: forgedDetail,
    })
    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare('UPDATE audit_log SET detail = ?, hash = ? WHERE id = 4').run(
      JSON.stringify(forgedDetail),
      forgedHash,
    )
    db.exec(NO_UPDATE)
    expect(verifyAudit(db)).toMatchObject({ ok: false, entryId: 5 })
    db.close()
  })

  it('refuses UPDATE and DELETE outright', () => {
    const db = withTwentyEntries()
    expect(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE id = 3").run()).toThrow(
      'The audit log is append-only',
    )
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 3').run()).toThrow(
      'The audit log is append-only',
    )
    expect(verifyAudit(db)).toEqual({ ok: true, count: 20 })
    db.close()
  })

  it("rolls back with the caller's transaction, leaving the chain intact", () => {
    const db = withTwentyEntries()
    const change = db.transaction(() => {
      appendAudit(db, { userId: 1, username: 'dana', action: 'claim.void', patientId: 101 })
      throw new Error('the claim could not be voided')
    })
    expect(() => change()).toThrow('the claim could not be voided')
    const id = appendAudit(db, { userId: null, username: null, action: 'app.start' })
    expect(id).toBe(21)
    expect(verifyAudit(db)).toEqual({ ok: true, count: 21 })
    db.close()
  })

  it('hashes the same whatever order the detail keys were given in', () => {
    const { db } = makeStore()
    appendAudit(db, {
      userId: 1,
      username: 'dana',
      action: 'x',
      detail: { b: 1, a: { d: 2, c: 3 } },
    })
    expect(queryAudit(db)[0]?.detail).toEqual({ a: { c: 3, d: 2 }, b: 1 })
    expect(verifyAudit(db).ok).toBe(true)
    db.close()
  })

  it('filters by person, action, patient and time, newest first, and pages by id', () => {
    const db = withTwentyEntries()
    const reads = queryAudit(db, { action: 'patient.read' })
    expect(reads.map((r) => r.id)).toEqual([20, 18, 16, 14, 12, 10, 8, 6, 4, 2])
    expect(queryAudit(db, { patientId: 100 }).map((r) => r.id)).toEqual([18, 15, 12, 9, 6, 3])
    expect(queryAudit(db, { username: 'DANA', limit: 3 }).map((r) => r.id)).toEqual([20, 19, 18])
    expect(queryAudit(db, { userId: 2 })).toEqual([])
    const window = queryAudit(db, { from: '2026-11-27T04:05', to: '2026-11-27T04:08' })
    expect(window.map((r) => r.id)).toEqual([7, 6, 5])
    expect(queryAudit(db, { beforeId: 4 }).map((r) => r.id)).toEqual([3, 2, 1])
    db.close()
  })
})
