import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  backupFileName,
  createBackup,
  listBackups,
  readBackup,
  runFolderBackup,
} from '../../../src/main/store/backup'
import { StoreError } from '../../../src/main/store/database'
import { unwrapForUser } from '../../../src/main/store/keyring'
import { LATEST_SCHEMA_VERSION } from '../../../src/main/store/migrations/index'
import { ADMIN, makeStore, tempFolder } from './store-fixture'

function corruptCode(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof StoreError) return `${error.code}: ${error.message}`
    throw error
  }
  return undefined
}

describe('backup file', () => {
  it('holds a magic line, a header of sizes and checksums, the keyring and the database', () => {
    const store = makeStore()
    const dest = join(tempFolder('backups'), 'manual.cdbackup')
    const result = createBackup(store.db, store.dir, dest)
    const bytes = readFileSync(dest)
    expect(result.bytes).toBe(bytes.length)
    expect(bytes.subarray(0, 19).toString()).toBe('CLAIMDESK-BACKUP 1\n')
    const header = JSON.parse(bytes.subarray(19, bytes.indexOf(10, 19)).toString()) as object
    expect(Object.keys(header).sort()).toEqual(
      ['createdAt', 'dbBytes', 'dbSha256', 'keyringBytes', 'keyringSha256', 'schemaVersion'].sort(),
    )
    const { header: read, keyring, dbBytes } = readBackup(dest)
    expect(read.createdAt).toBe(result.createdAt)
    expect(read.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(dbBytes).toHaveLength(read.dbBytes)
    expect(unwrapForUser(keyring, ADMIN.username, ADMIN.password)?.equals(store.key)).toBe(true)
    store.db.close()
  })

  it('leaves nothing but the backup behind in either folder', () => {
    const store = makeStore()
    const folder = tempFolder('backups')
    const dataBefore = readdirSync(store.dir).sort()
    createBackup(store.db, store.dir, join(folder, 'b.cdbackup'))
    expect(readdirSync(folder)).toEqual(['b.cdbackup'])
    expect(readdirSync(store.dir).sort()).toEqual(dataBefore)
    store.db.close()
  })

  it('refuses a file that is not a backup, one cut short, and one with a changed byte', () => {
    const store = makeStore()
    const folder = tempFolder('backups')
    const good = join(folder, 'good.cdbackup')
    createBackup(store.db, store.dir, good)
    store.db.close()
    const bytes = readFileSync(good)
    const write = (name: string, content: Buffer) => {
      writeFileSync(join(folder, name), content)
      return join(folder, name)
    }
    const flipped = Buffer.from(bytes)
    flipped[bytes.length - 10] = (flipped[bytes.length - 10] ?? 0) ^ 1
    expect(corruptCode(() => readBackup(write('pdf.cdbackup', Buffer.from('%PDF-1.7'))))).toBe(
      'corrupt: This backup file cannot be used: it is not a ClaimDesk backup.',
    )
    expect(corruptCode(() => readBackup(write('cut.cdbackup', bytes.subarray(0, -100))))).toBe(
      'corrupt: This backup file cannot be used: it is incomplete — it may have been cut off while copying.',
    )
    expect(corruptCode(() => readBackup(write('flip.cdbackup', flipped)))).toBe(
      'corrupt: This backup file cannot be used: its contents do not match their checksums.',
    )
  })
})

describe('scheduled backups', () => {
  it('names files by UTC minute so they sort in time order', () => {
    expect(backupFileName(new Date('2026-11-27T04:15:59.999Z'))).toBe(
      'claimdesk-2026-11-27T0415.cdbackup',
    )
  })

  it('keeps the newest N scheduled backups and never deletes files saved by hand', () => {
    const store = makeStore()
    const folder = tempFolder('backups')
    const old = ['2026-11-20T0200', '2026-11-21T0200', '2026-11-22T0200']
    for (const stamp of old) writeFileSync(join(folder, `claimdesk-${stamp}.cdbackup`), 'old')
    writeFileSync(join(folder, 'before-upgrade.cdbackup'), 'kept by hand')
    const result = runFolderBackup(store.db, store.dir, folder, 2)
    expect(result.removed.map((file) => file.slice(folder.length + 1)).sort()).toEqual([
      'claimdesk-2026-11-20T0200.cdbackup',
      'claimdesk-2026-11-21T0200.cdbackup',
    ])
    expect(readdirSync(folder).sort()).toEqual(
      [
        'before-upgrade.cdbackup',
        'claimdesk-2026-11-22T0200.cdbackup',
        result.file.slice(folder.length + 1),
      ].sort(),
    )
    store.db.close()
  })

  it('gives a second backup in the same minute its own name, which sorts as newer', () => {
    const store = makeStore()
    const folder = tempFolder('backups')
    const at = new Date('2026-11-27T04:15:00Z')
    const first = runFolderBackup(store.db, store.dir, folder, 5, at)
    const second = runFolderBackup(store.db, store.dir, folder, 1, at)
    expect(second.file).toBe(join(folder, 'claimdesk-2026-11-27T0415-02.cdbackup'))
    expect(second.removed).toEqual([first.file])
    expect(readdirSync(folder)).toEqual(['claimdesk-2026-11-27T0415-02.cdbackup'])
    store.db.close()
  })

  it('says plainly when the backup folder is not there', () => {
    const store = makeStore()
    const gone = join(tempFolder('backups'), 'unplugged-drive')
    expect(corruptCode(() => runFolderBackup(store.db, store.dir, gone, 3))).toMatch(
      /^missing: The backup folder .* is not available/,
    )
    store.db.close()
  })

  it('lists backups newest first with their sizes', () => {
    const store = makeStore()
    const folder = tempFolder('backups')
    const made = runFolderBackup(store.db, store.dir, folder, 3)
    writeFileSync(join(folder, 'notes.txt'), 'not a backup')
    const listed = listBackups(folder)
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ file: made.file, bytes: made.bytes })
    expect(listBackups(join(folder, 'missing'))).toEqual([])
    store.db.close()
  })
})
