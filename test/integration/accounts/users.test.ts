import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Session } from '../../../src/main/api/session'
import { newPractice, type TestPractice } from '../../support/practice'

const BILLER = {
  username: 'bill.biller',
  fullName: 'Bill Testbiller',
  role: 'biller' as const,
  password: 'first password given 1',
}

describe('user administration', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await newPractice()
  })
  afterEach(() => p.close())

  it('adds a user who must change the first password before doing anything else', async () => {
    await p.call(p.admin, 'users.add', BILLER)
    const s = await p.signIn(BILLER.username, BILLER.password)
    expect((await p.call(s, 'auth.session', {})).user?.mustChangePassword).toBe(true)
    const early = await p.ask(s, 'backup.status', {})
    expect(early.ok === false && early.error.message).toMatch(/Change the first password/)
    await p.call(s, 'auth.changePassword', {
      currentPassword: BILLER.password,
      newPassword: 'my own secret phrase 22',
    })
    expect((await p.call(s, 'auth.session', {})).user?.mustChangePassword).toBe(false)
  })

  it('refuses a password that contains the user name or is too common', async () => {
    const r = await p.ask(p.admin, 'users.add', {
      ...BILLER,
      password: 'bill.biller is my password',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'password' } })
    const common = await p.ask(p.admin, 'users.add', { ...BILLER, password: 'password1234' })
    expect(common.ok === false && common.error.message).toMatch(/common passwords/)
  })

  it('disabling a user removes their key from the keyring and signs them out', async () => {
    const added = await p.call(p.admin, 'users.add', BILLER)
    const s = await p.signIn(BILLER.username, BILLER.password)
    const keyringBefore = readFileSync(join(p.dir, 'claimdesk.keyring'), 'utf8')
    await p.call(p.admin, 'users.disable', { userId: added.id })
    expect(readFileSync(join(p.dir, 'claimdesk.keyring'), 'utf8')).not.toEqual(keyringBefore)
    expect((await p.call(s, 'auth.session', {})).signedIn).toBe(false)
    const again = await p.ask(new Session('http'), 'auth.login', {
      username: BILLER.username,
      password: BILLER.password,
    })
    expect(again.ok === false && again.error.code).toBe('bad_credentials')
  })

  it('a password reset enables the user again with a new first password, when asked to', async () => {
    const added = await p.call(p.admin, 'users.add', BILLER)
    await p.call(p.admin, 'users.disable', { userId: added.id })
    const row = await p.call(p.admin, 'users.resetPassword', {
      userId: added.id,
      password: 'second first password 3',
      enable: true,
    })
    expect(row).toMatchObject({ disabled: false, mustChangePassword: true })
    await p.signIn(BILLER.username, 'second first password 3')
  })

  it('never leaves the practice without an active administrator', async () => {
    const me = (await p.call(p.admin, 'users.list', {}))[0]!
    const self = await p.ask(p.admin, 'users.disable', { userId: me.id })
    expect(self.ok).toBe(false)
    const demote = await p.ask(p.admin, 'users.setRole', { userId: me.id, role: 'viewer' })
    expect(demote.ok === false && demote.error.message).toMatch(/last active administrator/)
  })

  it('keeps every user-admin action in the audit log without passwords', async () => {
    const added = await p.call(p.admin, 'users.add', BILLER)
    await p.call(p.admin, 'users.setRole', { userId: added.id, role: 'front_desk' })
    const { entries } = await p.call(p.admin, 'audit.list', {})
    const actions = entries.map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['users.add', 'users.setRole', 'setup.create']))
    expect(JSON.stringify(entries)).not.toContain(BILLER.password)
    expect(await p.call(p.admin, 'audit.verify', {})).toMatchObject({ ok: true, entryId: null })
  })

  it('records a refused call in the audit log', async () => {
    await p.call(p.admin, 'users.add', BILLER)
    const s = await p.signIn(BILLER.username, BILLER.password)
    await p.call(s, 'auth.changePassword', {
      currentPassword: BILLER.password,
      newPassword: 'my own secret phrase 22',
    })
    expect((await p.ask(s, 'users.list', {})).ok).toBe(false)
    const { entries } = await p.call(p.admin, 'audit.list', { action: 'users.list.denied' })
    expect(entries[0]?.username).toBe(BILLER.username)
  })
})
