import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { readClaim } from '../../../src/main/claims/records'
import { fileContent, getFile } from '../../../src/main/inbox/files'
import { migrate } from '../../../src/main/store/migrations/index'

/** A store at schema 16 holding a claim with its snapshot and a received file, then upgraded. */
function upgradedStore(): Database.Database {
  const db = new Database(':memory:')
  migrate(db, 16)
  db.pragma('foreign_keys = OFF')
  db.prepare(
    `INSERT INTO claims (id, visit_id, patient_id, payer_id, rendering_provider_id, responsibility,
       patient_control_number, frequency, status, date_of_service, total_cents, split_part,
       split_count, data, created_at, updated_at)
     VALUES (7, 1, 1, 1, 1, 'primary', '100001-1-1', '1', 'submitted', '2026-02-20', 12500, 1, 1,
       '{"visit":{"diagnoses":["I10"]}}', '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')`,
  ).run()
  db.prepare(
    `INSERT INTO inbound_files (id, sha256, received_at, received_by, source, original_name, kind,
       size, content, status)
     VALUES (3, '${'ab'.repeat(32)}', '2026-03-02T00:00:00Z', 'fake.biller', 'manual', 'remit.835', '835', 5,
       x'495341002a', 'received')`,
  ).run()
  migrate(db)
  db.pragma('foreign_keys = ON')
  return db
}

describe('migration 17: claim snapshots and file bytes apart from their rows', () => {
  it('moves every claim snapshot and every file’s bytes, unchanged, and drops the old columns', () => {
    const db = upgradedStore()
    expect(readClaim(db, 7).data).toEqual({ visit: { diagnoses: ['I10'] } })
    expect(readClaim(db, 7).status).toBe('submitted')
    expect([...fileContent(db, 3)]).toEqual([0x49, 0x53, 0x41, 0x00, 0x2a])
    expect(getFile(db, 3).originalName).toBe('remit.835')
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name)
    expect(columns('claims')).not.toContain('data')
    expect(columns('inbound_files')).not.toContain('content')
    // The moved rows point at their claim and file (the claim's own parents are not here).
    expect(db.pragma('foreign_key_check(claim_documents)')).toEqual([])
    expect(db.pragma('foreign_key_check(inbound_file_contents)')).toEqual([])
    db.close()
  })

  it('keeps a claim’s status change off its snapshot’s page', () => {
    const db = upgradedStore()
    const before = db.prepare('SELECT data FROM claim_documents WHERE claim_id = 7').get()
    db.prepare("UPDATE claims SET status = 'closed' WHERE id = 7").run()
    expect(db.prepare('SELECT data FROM claim_documents WHERE claim_id = 7').get()).toEqual(before)
    db.close()
  })
})
