import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRouter } from '../../../src/main/api/router'
import { handlers } from '../../../src/main/api/handlers'
import { BUSY_MESSAGE, BUSY_TIMEOUT_MS } from '../../../src/main/store/busy'
import { applyKey } from '../../../src/main/store/cipher'
import { newPractice, type TestPractice } from '../../support/practice'

describe('two writers at once', () => {
  let p: TestPractice
  let other: Database.Database
  beforeEach(async () => {
    p = await newPractice()
    // Another ClaimDesk window or command, in the middle of writing.
    other = new Database(p.office.dbPath)
    applyKey(other, p.office.store.key)
    other.exec('BEGIN IMMEDIATE')
  })
  afterEach(() => {
    other.exec('ROLLBACK')
    other.close()
    p.close()
  })

  it('waits for the other writer (busy timeout) before giving up', () => {
    expect(p.office.store.db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS)
  })

  it('says the practice data is busy, with no stack trace and no "Something went wrong"', async () => {
    // Keep the test short: the wait itself is checked above.
    p.office.store.db.pragma('busy_timeout = 50')
    const logged: string[] = []
    const router = createRouter(handlers, p.office, { log: (l) => logged.push(l) })
    const r = await router.call('settings.update', { autoLockMinutes: 9 }, p.admin)
    expect(r).toEqual({ ok: false, error: { code: 'unavailable', message: BUSY_MESSAGE } })
    expect(BUSY_MESSAGE).toContain(
      'the practice data is busy — another ClaimDesk window or command is writing; try again'.slice(
        1,
      ),
    )
    expect(logged).toEqual([])
  })
})
