import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import {
  syncFolder,
  tempPathBeside,
  writeAll,
  writeFileAtomic,
  writeFileDurably,
} from './atomic-file'
import { copyBackupDb, readBackupHead } from './backup-file'
import { DB_FILE, KEYRING_FILE, sideFiles } from './data-folder'
import { openDatabase } from './database'
import type { Keyring } from './keyring-file'
import { refuseNewerSchema } from './migrations/index'
import { StoreError } from './store-error'

const BEFORE = '.before-restore'

/**
 * Replaces the practice's data with a backup. Everything is checked first — the file, the key,
 * the database's integrity and schema — on a staged copy; until the final renames, the current
 * data is untouched. The store must be closed before calling this.
 */
export function restoreBackup(
  file: string,
  dataDir: string,
  unlock: (keyring: Keyring) => Buffer | null,
  /**
   * Runs on the staged, checked database before anything is swapped in (throwing aborts the
   * restore with the current data untouched): who may restore is checked here, and the audit
   * entries written since the backup are carried in. It may return the keyring to place instead
   * of the backup's own (e.g. with the audit head brought up to date).
   */
  prepare?: (db: Database.Database, key: Buffer, keyringBytes: Buffer) => Buffer | void,
): void {
  const backup = readBackupHead(file)
  refuseNewerSchema(backup.header.schemaVersion)
  const key = unlock(backup.keyring)
  if (key === null) {
    throw new StoreError('wrong_key', 'That password or recovery key does not open this backup.')
  }
  refuseUnfinishedRestore(dataDir)
  mkdirSync(dataDir, { recursive: true })
  const stagedDb = tempPathBeside(join(dataDir, DB_FILE), 'restore')
  const stagedKeyring = tempPathBeside(join(dataDir, KEYRING_FILE), 'restore')
  try {
    // Streamed: a backup larger than memory (or than 2 GiB) restores in bounded memory.
    writeFileDurably(stagedDb, (fd) => {
      const again = copyBackupDb(file, (chunk) => writeAll(fd, chunk))
      if (!again.keyringBytes.equals(backup.keyringBytes)) {
        throw new StoreError('corrupt', 'The backup file changed while it was being restored.')
      }
    })
    checkStaged(stagedDb, key)
    let keyringBytes = backup.keyringBytes
    if (prepare) {
      const db = openDatabase(stagedDb, key)
      try {
        keyringBytes = prepare(db, key, keyringBytes) ?? keyringBytes
      } finally {
        db.close()
      }
    }
    writeFileAtomic(stagedKeyring, keyringBytes)
    swapIn(dataDir, stagedDb, stagedKeyring)
  } finally {
    for (const path of [stagedDb, ...sideFiles(stagedDb), stagedKeyring]) {
      rmSync(path, { force: true })
    }
  }
}

/** Opening runs the integrity check and brings an older backup's schema up to date. */
function checkStaged(stagedDb: string, key: Buffer): void {
  try {
    openDatabase(stagedDb, key).close()
  } catch (error) {
    if (error instanceof StoreError && error.code === 'corrupt') {
      throw new StoreError(
        'corrupt',
        'The data inside this backup is damaged, so it was not restored. Try an older backup.',
      )
    }
    // The password already opened the backup's own keyring, so its key is the right one: a
    // first page it cannot decrypt is damage, not a wrong password.
    if (error instanceof StoreError && error.code === 'wrong_key') {
      throw new StoreError(
        'corrupt',
        'The data inside this backup is damaged (its first page cannot be read even with the right password), so it was not restored. Try an older backup.',
      )
    }
    throw error
  }
}

function beforeRestoreMoves(dataDir: string): Array<[string, string]> {
  const db = join(dataDir, DB_FILE)
  const keyring = join(dataDir, KEYRING_FILE)
  // The renamed -wal keeps SQLite's naming, so the set-aside pair still opens together.
  return [
    [db, `${db}${BEFORE}`],
    [`${db}-wal`, `${db}${BEFORE}-wal`],
    [`${db}-journal`, `${db}${BEFORE}-journal`],
    [keyring, `${keyring}${BEFORE}`],
  ]
}

function refuseUnfinishedRestore(dataDir: string): void {
  const leftover = beforeRestoreMoves(dataDir).find(([, aside]) => existsSync(aside))
  if (leftover) {
    throw new StoreError(
      'exists',
      `An earlier restore did not finish: ${leftover[1]} is still there and may be the data ` +
        'from before it. Move it somewhere safe, then restore again.',
    )
  }
}

function swapIn(dataDir: string, stagedDb: string, stagedKeyring: string): void {
  const db = join(dataDir, DB_FILE)
  const keyring = join(dataDir, KEYRING_FILE)
  // -shm only indexes the -wal; once that moves aside, a stale index must not meet the new db.
  rmSync(`${db}-shm`, { force: true })
  const setAside: Array<[string, string]> = []
  const placed: string[] = []
  try {
    for (const [from, to] of beforeRestoreMoves(dataDir)) {
      if (!existsSync(from)) continue
      renameSync(from, to)
      setAside.push([from, to])
    }
    for (const [from, to] of [
      [stagedDb, db],
      [stagedKeyring, keyring],
    ] as const) {
      renameSync(from, to)
      placed.push(to)
    }
    syncFolder(dataDir)
  } catch (error) {
    putBack(setAside, placed)
    syncFolder(dataDir)
    throw error
  }
  for (const [, aside] of setAside) rmSync(aside, { force: true })
  syncFolder(dataDir)
}

function putBack(setAside: Array<[string, string]>, placed: string[]): void {
  for (const path of placed) rmSync(path, { force: true })
  for (const [from, to] of setAside.reverse()) renameSync(to, from)
}
