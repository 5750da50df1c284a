import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBackup, restoreBackup } from '../../../src/main/store/backup'
import { KEYRING_FILE, DB_FILE } from '../../../src/main/store/data-folder'
import { unwrapForUser, type Keyring } from '../../../src/main/store/keyring'
import { StoreError } from '../../../src/main/store/store-error'
import { ADMIN as ADMIN_STORE, makeStore, tempFolder } from '../store/store-fixture'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'
import { tempDir } from '../../support/temp'

// Each test signs in with real scrypt and some run the CLI: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 })

describe('backup.run refuses to write where it must not (issue 13 item 1)', () => {
  let p: TestPractice
  let elsewhere: ReturnType<typeof tempDir>
  beforeEach(async () => {
    p = await newPractice()
    elsewhere = tempDir('claimdesk-backup-dest-')
  })
  afterEach(() => {
    p.close()
    elsewhere.remove()
  })

  const refusal = async (file: string) => {
    const r = await p.ask(p.admin, 'backup.run', { file })
    expect(r.ok).toBe(false)
    return r.ok ? '' : r.error.message
  }

  it('will not overwrite the keyring (which would lock the whole practice out)', async () => {
    const keyring = join(p.dir, KEYRING_FILE)
    const before = readFileSync(keyring)
    expect(await refusal(keyring)).toMatch(/not written there/)
    expect(readFileSync(keyring).equals(before)).toBe(true)
    // Everyone can still sign in.
    await p.signIn(ADMIN.username, ADMIN.password)
  })

  it('will not overwrite the database or write anything inside the data folder', async () => {
    const db = join(p.dir, DB_FILE)
    const before = readFileSync(db)
    expect(await refusal(db)).toMatch(/not written there/)
    expect(readFileSync(db).equals(before)).toBe(true)
    expect(await refusal(join(p.dir, 'inside.cdbackup'))).toMatch(/inside the practice data/)
    mkdirSync(join(p.dir, 'sub'))
    expect(await refusal(join(p.dir, 'sub', 'inside.cdbackup'))).toMatch(/inside the practice/)
    expect(existsSync(join(p.dir, 'inside.cdbackup'))).toBe(false)
  })

  it('will not reach the data folder through a symlinked folder or file', async () => {
    const linkedFolder = join(elsewhere.path, 'looks-innocent')
    symlinkSync(p.dir, linkedFolder)
    expect(await refusal(join(linkedFolder, 'x.cdbackup'))).toMatch(/inside the practice data/)
    const linkedFile = join(elsewhere.path, 'keyring.cdbackup')
    symlinkSync(join(p.dir, KEYRING_FILE), linkedFile)
    const before = readFileSync(join(p.dir, KEYRING_FILE))
    expect(await refusal(linkedFile)).toMatch(/not a plain file/)
    expect(readFileSync(join(p.dir, KEYRING_FILE)).equals(before)).toBe(true)
  })

  it('writes only *.cdbackup files and never over a file that is not a ClaimDesk backup', async () => {
    expect(await refusal(join(elsewhere.path, 'notes.txt'))).toMatch(/\.cdbackup/)
    const precious = join(elsewhere.path, 'precious.cdbackup')
    writeFileSync(precious, 'someone else’s file')
    expect(await refusal(precious)).toMatch(/not a ClaimDesk backup/)
    expect(readFileSync(precious, 'utf8')).toBe('someone else’s file')
  })

  it('still writes a new backup, and may replace an earlier ClaimDesk backup', async () => {
    const file = join(elsewhere.path, 'weekly.cdbackup')
    await p.call(p.admin, 'backup.run', { file })
    const first = readFileSync(file)
    await p.call(p.admin, 'backup.run', { file })
    expect(readFileSync(file).subarray(0, 17).toString()).toBe('CLAIMDESK-BACKUP ')
    expect(first.length).toBeGreaterThan(0)
  })

  it('lets only an administrator choose the file; others back up into the admin-chosen folder', async () => {
    const biller = await p.staff('biller', 'bill.biller')
    const file = join(elsewhere.path, 'mine.cdbackup')
    const r = await p.ask(biller, 'backup.run', { file })
    expect(r.ok ? null : r.error.code).toBe('forbidden')
    expect(existsSync(file)).toBe(false)
    // The folder is an administrator's setting.
    const set = await p.ask(biller, 'settings.update', {
      backup: { folder: elsewhere.path, daily: false, time: '18:00', keep: 3 },
    })
    expect(set.ok ? null : set.error.code).toBe('forbidden')
    await p.call(p.admin, 'settings.update', {
      backup: { folder: elsewhere.path, daily: false, time: '18:00', keep: 3 },
    })
    const ran = await p.call(biller, 'backup.run', {})
    expect(ran.file.startsWith(elsewhere.path)).toBe(true)
  })

  it('will not let an administrator make the data folder the backup folder', async () => {
    const r = await p.ask(p.admin, 'settings.update', {
      backup: { folder: p.dir, daily: true, time: '18:00', keep: 3 },
    })
    expect(r.ok ? null : r.error.field).toBe('backup.folder')
  })
})

describe('restore reads only regular backup files, streamed in bounded memory (issue 13 item 10)', () => {
  const unlock = (keyring: Keyring) =>
    unwrapForUser(keyring, ADMIN_STORE.username, ADMIN_STORE.password)
  const refusedQuickly = (file: string) => {
    const data = tempFolder('restore-into')
    const started = Date.now()
    let error: unknown
    try {
      restoreBackup(file, data, unlock)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(StoreError)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(readdirSync(data)).toEqual([])
    return (error as StoreError).message
  }

  it('refuses /dev/urandom, a FIFO and a folder without reading them', () => {
    expect(refusedQuickly('/dev/urandom')).toMatch(/not a plain file/)
    const fifo = join(tempFolder('fifo'), 'pipe.cdbackup')
    execFileSync('mkfifo', [fifo])
    expect(refusedQuickly(fifo)).toMatch(/not a plain file/)
    expect(refusedQuickly(tempFolder('a-folder'))).toMatch(/folder/)
  })

  it('restores a ~96 MB backup while peak memory grows far less than its size', () => {
    const store = makeStore()
    store.db.exec('CREATE TABLE ballast (b BLOB)')
    const insert = store.db.prepare('INSERT INTO ballast VALUES (randomblob(1048576))')
    store.db.transaction(() => {
      for (let i = 0; i < 96; i++) insert.run()
    })()
    const file = join(tempFolder('big-backup'), 'big.cdbackup')
    createBackup(store.db, store.dir, file)
    store.db.close()
    expect(statSync(file).size).toBeGreaterThan(96 * 1024 * 1024)
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/integration/security/restore-memory-child.ts',
        file,
        tempFolder('big-restore'),
        ADMIN_STORE.username,
        ADMIN_STORE.password,
      ],
      { cwd: resolve(import.meta.dirname, '../../..'), encoding: 'utf8' },
    )
    expect(r.stderr).toBe('')
    const { grewBy } = JSON.parse(r.stdout) as { grewBy: number }
    // Reading the whole file (the old way) grew it by more than the backup's size.
    expect(grewBy).toBeLessThan(40 * 1024 * 1024)
  }, 120_000)
})
