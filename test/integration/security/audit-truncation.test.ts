import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { auditHash, GENESIS_HASH } from '../../../src/main/store/audit'
import { openDatabase } from '../../../src/main/store/database'
import { DB_FILE, KEYRING_FILE } from '../../../src/main/store/data-folder'
import { readKeyring, unwrapForUser } from '../../../src/main/store/keyring'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'
import { tempDir } from '../../support/temp'

// Each test signs in with real scrypt and some run the CLI: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 })

/** What a scripting insider with a password can do: open the database and edit it directly. */
function tamper(p: TestPractice, edit: (db: Database.Database) => void): void {
  p.office.close()
  const key = unwrapForUser(readKeyring(p.dir), ADMIN.username, ADMIN.password)!
  const db = openDatabase(join(p.dir, DB_FILE), key)
  db.exec('DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_update;')
  edit(db)
  db.close()
}

/** Rewrites every hash from the first entry on, as if the log had always read this way. */
function rechain(db: Database.Database): void {
  type Row = { id: number; at: string; user_id: number | null; username: string | null }
  const rows = db
    .prepare<[], Row & { action: string; patient_id: number | null; detail: string }>(
      'SELECT * FROM audit_log ORDER BY id',
    )
    .all()
  let prev = GENESIS_HASH
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?')
  for (const r of rows) {
    const hash = auditHash(prev, {
      id: r.id,
      at: r.at,
      userId: r.user_id,
      username: r.username,
      action: r.action,
      patientId: r.patient_id,
      detail: JSON.parse(r.detail) as unknown,
    })
    update.run(prev, hash, r.id)
    prev = hash
  }
}

describe('audit verify catches a truncated or re-chained log (issue 13 item 5)', () => {
  let p: TestPractice
  let folder: ReturnType<typeof tempDir>
  beforeEach(async () => {
    p = await newPractice()
    folder = tempDir('claimdesk-audit-head-')
    await p.call(p.admin, 'settings.update', {
      backup: { folder: folder.path, daily: false, time: '18:00', keep: 5 },
    })
    for (let i = 0; i < 5; i++)
      await p.call(p.admin, 'settings.update', { autoLockMinutes: 10 + i })
  })
  afterEach(() => {
    p.close()
    folder.remove()
  })

  const verify = async () => {
    const s = await p.signIn(ADMIN.username, ADMIN.password)
    return p.call(s, 'audit.verify', {})
  }

  it('says OK for an untouched log across closes and more than one checkpoint', async () => {
    for (let i = 0; i < 60; i++) await p.call(p.admin, 'settings.update', { autoLockMinutes: 20 })
    await p.call(p.admin, 'backup.run', {})
    p.office.close()
    expect(readKeyring(p.dir).auditHead?.count).toBeGreaterThan(60)
    const r = await verify()
    expect(r).toMatchObject({ ok: true })
  })

  it('fails when the last entries were deleted', async () => {
    tamper(p, (db) =>
      db.exec('DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)'),
    )
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(r.reason).toMatch(/cut short|not the one/)
  })

  it('fails when every entry was deleted', async () => {
    tamper(p, (db) => db.exec('DELETE FROM audit_log'))
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(r.reason).toMatch(/cut short/)
  })

  it('fails when an entry was edited and the whole chain re-hashed', async () => {
    tamper(p, (db) => {
      db.exec("UPDATE audit_log SET username = 'someone.else' WHERE id = 2")
      rechain(db)
    })
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(r.reason).toMatch(/re-chained/)
  })

  it('fails on a forged head in the key file', async () => {
    p.office.close()
    const keyring = readKeyring(p.dir)
    const { writeKeyring } = await import('../../../src/main/store/keyring')
    writeKeyring(p.dir, { ...keyring, auditHead: { ...keyring.auditHead!, count: 1 } })
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(r.reason).toMatch(/altered/)
  })

  it('still fails when the insider also puts back an older key file: the backup saw the head', async () => {
    const older = join(folder.path, 'older.keyring')
    copyFileSync(join(p.dir, KEYRING_FILE), older)
    for (let i = 0; i < 5; i++) await p.call(p.admin, 'settings.update', { autoLockMinutes: 30 })
    await p.call(p.admin, 'backup.run', {})
    tamper(p, (db) =>
      db.exec('DELETE FROM audit_log WHERE id > (SELECT max(id) - 8 FROM audit_log)'),
    )
    copyFileSync(older, join(p.dir, KEYRING_FILE))
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(r.reason).toMatch(/backup/)
  })
})
