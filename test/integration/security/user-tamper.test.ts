import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from '../../../src/main/store/database'
import { DB_FILE } from '../../../src/main/store/data-folder'
import { readKeyring, unwrapForUser } from '../../../src/main/store/keyring'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'

// Each test signs in with real scrypt and some run the CLI: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 })

const STAFF_PASSWORD = 'changed staff password 2'

/** A scripting insider: their own password opens the database key, so they edit users directly. */
function editAs(p: TestPractice, username: string, edit: (db: Database.Database) => void): void {
  p.office.close()
  const key = unwrapForUser(readKeyring(p.dir), username, STAFF_PASSWORD)!
  expect(key).not.toBeNull()
  const db = openDatabase(join(p.dir, DB_FILE), key)
  edit(db)
  db.close()
}

describe('role and user edits outside ClaimDesk are detected (issue 13 item 4)', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await newPractice()
  })
  afterEach(() => p.close())

  const adminView = async () => {
    const s = await p.signIn(ADMIN.username, ADMIN.password)
    const verdict = await p.call(s, 'audit.verify', {})
    const { entries } = await p.call(s, 'audit.list', { limit: 200 })
    return { verdict, actions: entries.map((e) => e.action) }
  }

  it('a biller who makes themselves administrator by SQL is caught at the next admin sign-in and by verify', async () => {
    await p.staff('biller', 'bill.biller')
    editAs(p, 'bill.biller', (db) =>
      db.prepare("UPDATE users SET role = 'admin' WHERE username = 'bill.biller'").run(),
    )
    // Their own sign-in cannot prove the role: it is recorded.
    const self = await p.signIn('bill.biller', STAFF_PASSWORD)
    await p.call(self, 'auth.logout', {})
    const { verdict, actions } = await adminView()
    expect(verdict.ok).toBe(false)
    expect(verdict.reason).toMatch(/changed outside ClaimDesk/)
    expect(actions).toContain('users.tamper_detected')
    expect(actions).toContain('auth.admin_unconfirmed')
  })

  it('a disabled flag cleared by SQL is caught as well', async () => {
    await p.staff('viewer', 'vic.viewer')
    await p.staff('biller', 'bill.biller')
    const users = await p.call(p.admin, 'users.list', {})
    await p.call(p.admin, 'users.disable', {
      userId: users.find((u) => u.username === 'vic.viewer')!.id,
    })
    editAs(p, 'bill.biller', (db) =>
      db.prepare("UPDATE users SET disabled = 0 WHERE username = 'vic.viewer'").run(),
    )
    const { verdict } = await adminView()
    expect(verdict.ok).toBe(false)
  })

  it('changes made by an administrator through ClaimDesk verify as OK', async () => {
    const biller = await p.staff('biller', 'bill.biller')
    await p.call(biller, 'auth.logout', {})
    const users = await p.call(p.admin, 'users.list', {})
    const id = users.find((u) => u.username === 'bill.biller')!.id
    await p.call(p.admin, 'users.setRole', { userId: id, role: 'admin' })
    await p.call(p.admin, 'users.setRole', { userId: id, role: 'front_desk' })
    await p.call(p.admin, 'users.resetPassword', { userId: id, password: 'reset first password 7' })
    p.office.close()
    const { verdict, actions } = await adminView()
    expect(verdict).toMatchObject({ ok: true })
    expect(actions).not.toContain('users.tamper_detected')
  })
})
