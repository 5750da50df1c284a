import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackup, DB_FILE, restoreBackup } from '../../../src/main/store/backup'
import { openDatabase, StoreError } from '../../../src/main/store/database'
import {
  KEYRING_FILE,
  readKeyring,
  setUserPassword,
  unwrapForUser,
  unwrapWithRecovery,
  writeKeyring,
  type Keyring,
} from '../../../src/main/store/keyring'
import { ADMIN, fingerprint, makeStore, tempFolder, type TestStore } from './store-fixture'

const withAdminPassword = (keyring: Keyring) =>
  unwrapForUser(keyring, ADMIN.username, ADMIN.password)

function practiceName(store: TestStore): string {
  const db = openDatabase(store.dbPath, store.key)
  const row = db.prepare<[], { name: string }>('SELECT name FROM practice').get()
  db.close()
  return row?.name ?? ''
}

/** A backup taken while the practice was "Before", then the practice renamed to "After". */
function backedUpThenChanged(): { store: TestStore; backup: string } {
  const store = makeStore('Before')
  const backup = join(tempFolder('backups'), 'b.cdbackup')
  createBackup(store.db, store.dir, backup)
  store.db.prepare("UPDATE practice SET name = 'After'").run()
  store.db.close()
  return { store, backup }
}

function failure(run: () => unknown): StoreError {
  try {
    run()
  } catch (error) {
    if (error instanceof StoreError) return error
    throw error
  }
  throw new Error('expected the restore to be refused')
}

describe('restore', () => {
  it('puts the backed-up data and keyring back, and leaves no set-aside files', () => {
    const { store, backup } = backedUpThenChanged()
    const recoveryKey = store.recoveryKey
    writeKeyring(store.dir, setUserPassword(readKeyring(store.dir), store.key, ADMIN.username, 'x'))
    restoreBackup(backup, store.dir, withAdminPassword)
    expect(practiceName(store)).toBe('Before')
    expect(readdirSync(store.dir).sort()).toEqual([DB_FILE, KEYRING_FILE])
    expect(withAdminPassword(readKeyring(store.dir))?.equals(store.key)).toBe(true)
    expect(unwrapWithRecovery(readKeyring(store.dir), recoveryKey)).not.toBeNull()
  })

  it('restores into an empty folder on a new computer', () => {
    const { store, backup } = backedUpThenChanged()
    const fresh = tempFolder('new-pc')
    restoreBackup(backup, fresh, withAdminPassword)
    expect(practiceName({ ...store, dbPath: join(fresh, DB_FILE) })).toBe('Before')
  })

  it('touches nothing when the password does not open the backup', () => {
    const { store, backup } = backedUpThenChanged()
    const before = fingerprint(store.dir)
    const error = failure(() =>
      restoreBackup(backup, store.dir, (k) => unwrapForUser(k, ADMIN.username, 'guess')),
    )
    expect(error.code).toBe('wrong_key')
    expect(error.message).toBe('That password or recovery key does not open this backup.')
    expect(fingerprint(store.dir)).toEqual(before)
  })

  it('touches nothing when the backup was cut short', () => {
    const { store, backup } = backedUpThenChanged()
    writeFileSync(backup, readFileSync(backup).subarray(0, 5000))
    const before = fingerprint(store.dir)
    expect(failure(() => restoreBackup(backup, store.dir, withAdminPassword)).code).toBe('corrupt')
    expect(fingerprint(store.dir)).toEqual(before)
  })

  it('touches nothing when the database inside is damaged even though its checksum matches', () => {
    const { store, backup } = backedUpThenChanged()
    const forged = forgeDamagedBackup(readFileSync(backup))
    writeFileSync(backup, forged)
    const before = fingerprint(store.dir)
    const error = failure(() => restoreBackup(backup, store.dir, withAdminPassword))
    expect(error.code).toBe('corrupt')
    expect(error.message).toMatch(/data inside this backup is damaged/)
    expect(fingerprint(store.dir)).toEqual(before)
    expect(practiceName(store)).toBe('After')
  })

  it('refuses a backup from a newer ClaimDesk before asking for a password', () => {
    const { store, backup } = backedUpThenChanged()
    writeFileSync(backup, rewriteHeader(readFileSync(backup), { schemaVersion: 999 }))
    const before = fingerprint(store.dir)
    let asked = false
    const error = failure(() =>
      restoreBackup(backup, store.dir, (k) => {
        asked = true
        return withAdminPassword(k)
      }),
    )
    expect(error.code).toBe('newer_schema')
    expect(asked).toBe(false)
    expect(fingerprint(store.dir)).toEqual(before)
  })

  it('stops if an earlier restore left set-aside data behind', () => {
    const { store, backup } = backedUpThenChanged()
    writeFileSync(join(store.dir, `${DB_FILE}.before-restore`), 'earlier data')
    const before = fingerprint(store.dir)
    expect(failure(() => restoreBackup(backup, store.dir, withAdminPassword)).code).toBe('exists')
    expect(fingerprint(store.dir)).toEqual(before)
  })
})

const MAGIC_BYTES = 19

function splitBackup(bytes: Buffer): { header: Record<string, unknown>; body: Buffer } {
  const end = bytes.indexOf(10, MAGIC_BYTES)
  const header = JSON.parse(bytes.subarray(MAGIC_BYTES, end).toString()) as Record<string, unknown>
  return { header, body: bytes.subarray(end + 1) }
}

function joinBackup(header: Record<string, unknown>, body: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('CLAIMDESK-BACKUP 1\n'),
    Buffer.from(`${JSON.stringify(header)}\n`),
    body,
  ])
}

function rewriteHeader(bytes: Buffer, changes: Record<string, unknown>): Buffer {
  const { header, body } = splitBackup(bytes)
  return joinBackup({ ...header, ...changes }, body)
}

/** Flips a byte deep inside the database and fixes the checksum, as bit rot before backup would. */
function forgeDamagedBackup(bytes: Buffer): Buffer {
  const { header, body } = splitBackup(bytes)
  const db = Buffer.from(body.subarray(Number(header.keyringBytes)))
  db[4096 + 200] = (db[4096 + 200] ?? 0) ^ 0xff
  const dbSha256 = createHash('sha256').update(db).digest('hex')
  return joinBackup(
    { ...header, dbSha256 },
    Buffer.concat([body.subarray(0, Number(header.keyringBytes)), db]),
  )
}
