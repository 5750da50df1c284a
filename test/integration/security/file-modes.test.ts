import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { handlers } from '../../../src/main/api/handlers'
import { createRouter } from '../../../src/main/api/router'
import { Session } from '../../../src/main/api/session'
import { writePrivateFile } from '../../../src/main/cli/output-file'
import { Office } from '../../../src/main/office'
import { ADMIN } from '../../support/practice'
import { tempDir } from '../../support/temp'

const mode = (path: string) => statSync(path).mode & 0o777

describe('files in the data folder are private to the practice account', () => {
  let temp: ReturnType<typeof tempDir>
  beforeEach(() => {
    temp = tempDir()
  })
  afterEach(() => temp.remove())

  it('creates the folder 0700 and every file in it 0600, even in a folder that was 0755', async () => {
    const dir = join(temp.path, 'practice')
    mkdirSync(dir, { mode: 0o755 })
    chmodSync(dir, 0o755)
    const office = new Office(dir)
    const router = createRouter(handlers, office, { log: () => undefined })
    const admin = new Session('ipc')
    const r = await router.call(
      'setup.create',
      { practiceName: 'Modes Practice (FAKE)', admin: ADMIN },
      admin,
    )
    expect(r.ok).toBe(true)
    // A wrong password writes the attempts counter: private too.
    await router.call(
      'auth.login',
      { username: 'nobody', password: 'wrong password 12345' },
      new Session('ipc'),
    )
    await router.call('settings.update', { autoLockMinutes: 7 }, admin)
    expect(mode(dir)).toBe(0o700)
    const files = readdirSync(dir)
    expect(files).toEqual(
      expect.arrayContaining(['claimdesk.db', 'claimdesk.keyring', 'claimdesk.attempts']),
    )
    for (const f of files) expect([f, mode(join(dir, f))]).toEqual([f, 0o600])
    office.close()
  })

  it('writes CLI output files (837, PDF) 0600, also over an older readable file', () => {
    const out = join(temp.path, 'batch.837')
    writeFileSync(out, 'old', { mode: 0o644 })
    chmodSync(out, 0o644)
    writePrivateFile(out, 'ISA*00*')
    expect(mode(out)).toBe(0o600)
  })
})
