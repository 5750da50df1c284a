import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { handlers } from '../../../src/main/api/handlers'
import { createRouter } from '../../../src/main/api/router'
import { Session } from '../../../src/main/api/session'
import { Office } from '../../../src/main/office'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'
import { runCli } from '../../support/cli'

describe('the sign-in throttle is shared and persisted outside the encrypted store', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await newPractice()
  })
  afterEach(() => p.close())

  it('counts recovery-key tries together, whatever user name each one gives', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await p.ask(new Session('http'), 'auth.recover', {
        username: `made-up-${i}`,
        recoveryKey: `AAAA-BBBB-CCCC-${i}000`,
        newPassword: 'a brand new password 77',
      })
      expect(r.ok === false && r.error.code).toBe('bad_credentials')
    }
    const r = await p.ask(new Session('http'), 'auth.recover', {
      username: 'yet-another-name',
      recoveryKey: p.recoveryKey,
      newPassword: 'a brand new password 77',
    })
    expect(r.ok === false && r.error.code).toBe('too_many_attempts')
  }, 60_000)

  it('slows the next CLI run and another window after wrong passwords typed elsewhere', async () => {
    await p.call(p.admin, 'auth.logout', {})
    for (let i = 0; i < 5; i++) {
      const r = await p.ask(new Session('http'), 'auth.login', {
        username: ADMIN.username,
        password: `wrong guess ${i} abcdefg`,
      })
      expect(r.ok === false && r.error.code).toBe('bad_credentials')
    }
    // Five more (as if typed in other windows) so the wait outlasts the CLI's start-up time.
    for (let i = 0; i < 5; i++) p.office.throttle.failed(ADMIN.username)
    p.office.close()

    // Another window: a new office on the same folder (as after a restart).
    const other = new Office(p.dir)
    const router = createRouter(handlers, other, { log: () => undefined })
    const r = await router.call(
      'auth.login',
      { username: ADMIN.username, password: ADMIN.password },
      new Session('ipc'),
    )
    expect(r.ok === false && r.error.code).toBe('too_many_attempts')
    other.close()

    // A CLI run, even with the right password.
    const cli = runCli(p.dir, ['user', 'list'], {
      CLAIMDESK_USER: ADMIN.username,
      CLAIMDESK_PASSWORD: ADMIN.password,
    })
    expect(cli.code).toBe(1)
    expect(cli.err + cli.out).toMatch(/Too many wrong passwords/)
  }, 60_000)
})

describe('resetting a disabled user’s password', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await newPractice()
  })
  afterEach(() => p.close())

  it('does not silently enable them again: it refuses unless enabling is asked for', async () => {
    const added = await p.call(p.admin, 'users.add', {
      username: 'dora',
      fullName: 'Dora Fakename',
      role: 'biller',
      password: 'first secret words 1',
    })
    await p.call(p.admin, 'users.disable', { userId: added.id })
    const r = await p.ask(p.admin, 'users.resetPassword', {
      userId: added.id,
      password: 'second secret words 2',
    })
    expect(r.ok === false && r.error.message).toMatch(/dora is disabled.*enable/)
    const list = await p.call(p.admin, 'users.list', {})
    expect(list.find((u) => u.id === added.id)?.disabled).toBe(true)
    const login = await p.ask(new Session('http'), 'auth.login', {
      username: 'dora',
      password: 'second secret words 2',
    })
    expect(login.ok).toBe(false)

    const enabled = await p.call(p.admin, 'users.resetPassword', {
      userId: added.id,
      password: 'second secret words 2',
      enable: true,
    })
    expect(enabled.disabled).toBe(false)
  })
})
