import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextAt } from '../../../src/main/backup/schedule'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'
import { tempDir } from '../../support/temp'

describe('backups from the app', () => {
  let p: TestPractice
  let folder: ReturnType<typeof tempDir>
  beforeEach(async () => {
    p = await newPractice()
    folder = tempDir('claimdesk-backups-')
  })
  afterEach(() => {
    p.close()
    folder.remove()
  })

  it('backs up into the chosen folder and keeps only the newest N', async () => {
    await p.call(p.admin, 'settings.update', {
      backup: { folder: folder.path, daily: false, time: '18:00', keep: 2 },
    })
    const written: string[] = []
    for (let i = 0; i < 3; i++) {
      const r = await p.call(p.admin, 'backup.run', {})
      written.push(r.file)
      await new Promise((resolve) => setTimeout(resolve, 1100))
    }
    const status = await p.call(p.admin, 'backup.status', {})
    expect(status.files).toHaveLength(2)
    expect(existsSync(written[0]!)).toBe(false)
    expect(status.last).toMatchObject({ ok: true })
  })

  it('shows a failed backup instead of swallowing it', async () => {
    const notAFolder = join(folder.path, 'a-file')
    writeFileSync(notAFolder, 'x')
    await p.call(p.admin, 'settings.update', {
      backup: { folder: notAFolder, daily: true, time: '18:00', keep: 3 },
    })
    const r = await p.ask(p.admin, 'backup.run', {})
    expect(r.ok).toBe(false)
    const status = await p.call(p.admin, 'backup.status', {})
    expect(status.last).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Backup failed/),
    })
  })

  it('restores a backup, bringing back the accounts as they were', async () => {
    const file = join(folder.path, 'before.cdbackup')
    await p.call(p.admin, 'backup.run', { file })
    await p.call(p.admin, 'users.add', {
      username: 'later.user',
      fullName: 'Later Testuser',
      role: 'viewer',
      password: 'viewer first pass 4',
    })
    const restored = await p.call(p.admin, 'backup.restore', { file, password: ADMIN.password })
    expect(restored.restoredFrom).toBe(file)
    expect(p.office.storeStatus()).toBe('closed')
    const s = await p.signIn(ADMIN.username, ADMIN.password)
    const names = (await p.call(s, 'users.list', {})).map((u) => u.username)
    expect(names).toEqual([ADMIN.username])
    const { entries } = await p.call(s, 'audit.list', { action: 'backup.restore' })
    expect(entries).toHaveLength(1)
  })

  it('refuses a wrong password or a damaged backup and keeps working on the current data', async () => {
    const file = join(folder.path, 'b.cdbackup')
    await p.call(p.admin, 'backup.run', { file })
    const db = readFileSync(join(p.dir, 'claimdesk.db'))
    const wrong = await p.ask(p.admin, 'backup.restore', { file, password: 'not the password 99' })
    expect(wrong.ok === false && wrong.error.code).toBe('bad_credentials')
    const bytes = readFileSync(file)
    bytes[bytes.length - 100] ^= 0xff
    writeFileSync(file, bytes)
    const damaged = await p.ask(p.admin, 'backup.restore', { file, password: ADMIN.password })
    expect(damaged.ok).toBe(false)
    expect(readFileSync(join(p.dir, 'claimdesk.db')).equals(db)).toBe(true)
    expect((await p.call(p.admin, 'users.list', {})).length).toBe(1)
  })

  it('schedules the next daily run at the chosen local time', () => {
    const now = new Date(2026, 10, 27, 19, 0)
    expect(nextAt('18:30', now)).toEqual(new Date(2026, 10, 28, 18, 30))
    expect(nextAt('20:15', now)).toEqual(new Date(2026, 10, 27, 20, 15))
  })
})
