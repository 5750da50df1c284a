import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Session } from '../../../src/main/api/session'
import { DB_FILE, KEYRING_FILE } from '../../../src/main/store/data-folder'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'
import { tempDir } from '../../support/temp'

// Each test signs in with real scrypt and some run the CLI: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 })

const ROOT = resolve(import.meta.dirname, '../../..')
const STAFF_PASSWORD = 'changed staff password 2'

function cliRestore(data: string, file: string, user: string, password: string) {
  return spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/main/cli.ts',
      '--data',
      data,
      '--user',
      user,
      'restore',
      '--from',
      file,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CLAIMDESK_PASSWORD: password, NODE_ENV: 'test' },
    },
  )
}

describe('CLI restore needs an administrator and keeps the audit history (issue 13 item 2)', () => {
  let p: TestPractice
  let folder: ReturnType<typeof tempDir>
  let file: string
  beforeEach(async () => {
    p = await newPractice()
    folder = tempDir('claimdesk-restore-perm-')
    file = join(folder.path, 'before.cdbackup')
  })
  afterEach(() => {
    p.close()
    folder.remove()
  })

  async function auditActions(username = ADMIN.username, password = ADMIN.password) {
    const s = await p.signIn(username, password)
    const { entries } = await p.call(s, 'audit.list', { limit: 500 })
    const verdict = await p.call(s, 'audit.verify', {})
    await p.call(s, 'auth.logout', {})
    return { entries, verdict }
  }

  it('refuses a viewer, even one who holds a password that opens the backup', async () => {
    await p.staff('viewer', 'vic.viewer')
    await p.call(p.admin, 'backup.run', { file })
    await p.call(p.admin, 'users.add', {
      username: 'later.user',
      fullName: 'Later Testuser',
      role: 'biller',
      password: 'later first password 1',
    })
    p.office.close()
    const db = readFileSync(join(p.dir, DB_FILE))
    const r = cliRestore(p.dir, file, 'vic.viewer', STAFF_PASSWORD)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/Only an active administrator/)
    // The data is the current one, and the refusal is in its log.
    const { entries } = await auditActions()
    expect(
      entries.some((e) => e.action === 'backup.restore.denied' && e.username === 'vic.viewer'),
    ).toBe(true)
    expect(entries.some((e) => e.action === 'users.add')).toBe(true)
    expect(readFileSync(join(p.dir, DB_FILE)).length).toBeGreaterThanOrEqual(db.length)
  })

  it('refuses a disabled user who hopes to re-enable themselves from an old backup', async () => {
    const victim = await p.staff('admin', 'old.admin')
    await p.call(victim, 'auth.logout', {})
    await p.call(p.admin, 'backup.run', { file })
    const users = await p.call(p.admin, 'users.list', {})
    await p.call(p.admin, 'users.disable', {
      userId: users.find((u) => u.username === 'old.admin')!.id,
    })
    p.office.close()
    const r = cliRestore(p.dir, file, 'old.admin', STAFF_PASSWORD)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/does not open the current practice data/)
    const after = await p.signIn(ADMIN.username, ADMIN.password)
    const list = await p.call(after, 'users.list', {})
    expect(list.find((u) => u.username === 'old.admin')!.disabled).toBe(true)
  })

  it('lets an administrator restore, audits it, and carries the later audit entries over', async () => {
    await p.call(p.admin, 'backup.run', { file })
    await p.call(p.admin, 'users.add', {
      username: 'later.user',
      fullName: 'Later Testuser',
      role: 'viewer',
      password: 'later first password 1',
    })
    await p.call(p.admin, 'auth.logout', {})
    const { entries: before } = await auditActions()
    p.office.close()
    const r = cliRestore(p.dir, file, ADMIN.username, ADMIN.password)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/audit entries written since the backup were carried over/)
    const { entries, verdict } = await auditActions()
    expect(verdict.ok).toBe(true)
    // Every entry of the replaced log is still there, in order, after the restore.
    const added = before.find((e) => e.action === 'users.add')!
    const carried = entries.find((e) => e.action === 'users.add')!
    expect(carried.at).toBe(added.at)
    expect(carried.detail).toMatchObject({ carriedFrom: { id: added.id } })
    const restore = entries.find((e) => e.action === 'backup.restore')!
    expect(restore.username).toBe(ADMIN.username)
    expect(restore.detail).toMatchObject({ via: 'cli', vouchedBy: 'current' })
    expect(restore.id).toBeGreaterThan(carried.id)
    // The restored accounts are the backup's.
    const s = await p.signIn(ADMIN.username, ADMIN.password)
    expect((await p.call(s, 'users.list', {})).map((u) => u.username)).toEqual([ADMIN.username])
  })

  it('when the store is gone, only an administrator of the backup may restore it', async () => {
    await p.staff('viewer', 'vic.viewer')
    await p.call(p.admin, 'backup.run', { file })
    p.office.close()
    rmSync(join(p.dir, DB_FILE))
    rmSync(join(p.dir, KEYRING_FILE))
    const denied = cliRestore(p.dir, file, 'vic.viewer', STAFF_PASSWORD)
    expect(denied.status).toBe(1)
    expect(denied.stderr).toMatch(/only an active administrator of the backup/)
    expect(p.office.storeStatus()).toBe('absent')
    const ok = cliRestore(p.dir, file, ADMIN.username, ADMIN.password)
    expect(ok.stderr).toBe('')
    expect(ok.status).toBe(0)
    const { entries, verdict } = await auditActions()
    expect(verdict.ok).toBe(true)
    expect(entries.find((e) => e.action === 'backup.restore')!.detail).toMatchObject({
      vouchedBy: 'backup',
    })
  })

  it('in the app, restoring stays an administrator permission', async () => {
    const viewer = await p.staff('viewer', 'vic.viewer')
    await p.call(p.admin, 'backup.run', { file })
    const r = await p.ask(viewer, 'backup.restore', { file, password: STAFF_PASSWORD })
    expect(r.ok ? null : r.error.code).toBe('forbidden')
    expect(new Session('http').user).toBeNull()
  })
})
