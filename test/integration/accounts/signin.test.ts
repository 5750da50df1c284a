import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ATTEMPTS_FILE } from '../../../src/main/accounts/throttle'
import { Session } from '../../../src/main/api/session'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  )
}

describe('signing in and out', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await newPractice()
  })
  afterEach(() => p.close())

  it('signs the first administrator in at setup and shows the recovery key once', async () => {
    expect(p.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/)
    const view = await p.call(p.admin, 'auth.session', {})
    expect(view).toMatchObject({
      signedIn: true,
      locked: false,
      user: { username: ADMIN.username, role: 'admin' },
    })
  })

  it('refuses a second setup in the same folder', async () => {
    const r = await p.ask(new Session('http'), 'setup.create', {
      practiceName: 'Another Practice',
      admin: { ...ADMIN, username: 'someone' },
    })
    expect(r.ok === false && r.error.code).toBe('already_set_up')
  })

  it('closes the store when the last person signs out, and a wrong password changes no file but the attempts counter', async () => {
    await p.call(p.admin, 'auth.logout', {})
    expect(p.office.storeStatus()).toBe('closed')
    const before = snapshot(p.dir)
    const r = await p.ask(new Session('http'), 'auth.login', {
      username: ADMIN.username,
      password: 'not the password 123',
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'bad_credentials', message: 'Wrong user name or password.' },
    })
    // Only the shared attempts counter (outside the encrypted store) records the failure.
    const after = snapshot(p.dir)
    expect(Object.keys(after)).toContain(ATTEMPTS_FILE)
    delete after[ATTEMPTS_FILE]
    expect(after).toEqual(before)
    expect(p.office.storeStatus()).toBe('closed')
  })

  it('records failed sign-ins in the audit log once the store opens', async () => {
    await p.call(p.admin, 'auth.logout', {})
    await p.ask(new Session('http'), 'auth.login', {
      username: ADMIN.username,
      password: 'wrong password number 1',
    })
    const s = await p.signIn(ADMIN.username, ADMIN.password)
    const { entries } = await p.call(s, 'audit.list', { action: 'auth.login_failed' })
    expect(entries).toHaveLength(1)
    expect(entries[0]!.detail).toMatchObject({ username: ADMIN.username })
    expect(JSON.stringify(entries)).not.toContain('wrong password number 1')
  })

  it('slows down guessing: after 5 wrong passwords the next try must wait', async () => {
    const s = new Session('http')
    for (let i = 0; i < 5; i++) {
      const r = await p.ask(s, 'auth.login', {
        username: ADMIN.username,
        password: `wrong guess ${i} abcdefg`,
      })
      expect(r.ok === false && r.error.code).toBe('bad_credentials')
    }
    const r = await p.ask(s, 'auth.login', { username: ADMIN.username, password: ADMIN.password })
    expect(r.ok === false && r.error.code).toBe('too_many_attempts')
    expect(r.ok === false && r.error.message).toMatch(/Wait \d+ seconds/)
  })

  it('locks a window until its user types the password, refusing everything else meanwhile', async () => {
    await p.call(p.admin, 'auth.lock', {})
    const refused = await p.ask(p.admin, 'users.list', {})
    expect(refused.ok === false && refused.error.code).toBe('locked')
    const wrong = await p.ask(p.admin, 'auth.unlock', { password: 'not it at all 123' })
    expect(wrong.ok === false && wrong.error.code).toBe('bad_credentials')
    await p.call(p.admin, 'auth.unlock', { password: ADMIN.password })
    expect((await p.call(p.admin, 'users.list', {})).length).toBe(1)
  })

  it('locks an idle window after the office’s auto-lock minutes', async () => {
    let now = new Date('2026-11-27T09:00:00Z').getTime()
    p.close()
    p = await newPractice({ clock: () => new Date(now) })
    await p.call(p.admin, 'settings.update', { autoLockMinutes: 5 })
    p.admin.touch(now)
    now += 4 * 60_000
    expect((await p.ask(p.admin, 'users.list', {})).ok).toBe(true)
    now += 5 * 60_000 + 1
    const r = await p.ask(p.admin, 'users.list', {})
    expect(r.ok === false && r.error.code).toBe('locked')
  })

  it('lets the recovery key set a new password when the old one is forgotten', async () => {
    await p.call(p.admin, 'auth.logout', {})
    const s = new Session('http')
    const bad = await p.ask(s, 'auth.recover', {
      username: ADMIN.username,
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE',
      newPassword: 'a brand new password 9',
    })
    expect(bad.ok === false && bad.error.field).toBe('recoveryKey')
    await p.call(s, 'auth.recover', {
      username: ADMIN.username,
      recoveryKey: p.recoveryKey,
      newPassword: 'a brand new password 9',
    })
    await p.call(s, 'auth.logout', {})
    const old = await p.ask(new Session('http'), 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    })
    expect(old.ok).toBe(false)
    await p.signIn(ADMIN.username, 'a brand new password 9')
  })
})
