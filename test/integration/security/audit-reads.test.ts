import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Session } from '../../../src/main/api/session'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'
import { coverage, patient, payer } from '../../support/records'
import { runCli } from '../../support/cli'

describe('audit gaps: list reads and failed sign-ins from every entry point', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await newPractice()
  })
  afterEach(() => p.close())

  const entries = async (action: string) =>
    (await p.call(p.admin, 'audit.list', { action })).entries

  it('audits patients.search: who searched what and how many came back, not the patients', async () => {
    const payerId = (await p.call(p.admin, 'payers.save', { record: payer() })).id
    await p.call(p.admin, 'patients.create', {
      patient: patient(),
      coverages: [coverage(payerId)],
    })
    const hits = await p.call(p.admin, 'patients.search', { text: 'testp' })
    expect(hits).toHaveLength(1)
    const [entry] = await entries('patients.search')
    expect(entry).toMatchObject({
      username: ADMIN.username,
      detail: { query: { text: 'testp' }, results: 1 },
    })
    // The log names the search, never the chart it found.
    expect(JSON.stringify(entry)).not.toContain('1962-03-14')
    expect(JSON.stringify(entry)).not.toContain('Alice')
  })

  it('audits claims.list with its filter and the number of claims it matched', async () => {
    await p.call(p.admin, 'claims.list', { status: ['ready'], limit: 10 })
    const [entry] = await entries('claims.list')
    expect(entry).toMatchObject({
      username: ADMIN.username,
      detail: { query: { status: ['ready'], limit: 10 }, results: 0 },
    })
  })

  it('audits an HTTP sign-in refused by the throttle', async () => {
    await p.staff('biller', 'bea')
    const s = new Session('http')
    for (let i = 0; i < 5; i++)
      await p.ask(s, 'auth.login', { username: 'bea', password: `wrong guess ${i} abcdefg` })
    const throttled = await p.ask(s, 'auth.login', { username: 'bea', password: 'anything 12345' })
    expect(throttled.ok === false && throttled.error.code).toBe('too_many_attempts')
    const [entry] = await entries('auth.login_throttled')
    expect(entry).toMatchObject({ username: 'bea', detail: { username: 'bea' } })
    expect(JSON.stringify(entry)).not.toContain('anything 12345')
  }, 20_000)

  it('audits a failed CLI sign-in, made while the store was closed, once it opens', async () => {
    await p.call(p.admin, 'auth.logout', {})
    expect(p.office.storeStatus()).toBe('closed')
    p.office.close()
    const r = runCli(p.dir, ['user', 'list'], {
      CLAIMDESK_USER: ADMIN.username,
      CLAIMDESK_PASSWORD: 'wrong cli password 42',
    })
    expect(r.code).toBe(1)
    const s = await p.signIn(ADMIN.username, ADMIN.password)
    const { entries: failed } = await p.call(s, 'audit.list', { action: 'auth.login_failed' })
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ username: ADMIN.username })
    expect(JSON.stringify(failed)).not.toContain('wrong cli password 42')
  }, 30_000)
})
