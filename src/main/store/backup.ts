import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs'
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { tempPathBeside, writeFileDurably } from './atomic-file'
import { BACKUP_MAGIC, sha256, sha256File, writeContainer, type BackupHeader } from './backup-file'
import { auditHead, headIsAuthentic, signAuditHead, type HeadWitness } from './audit'
import { recordAuditHead } from './audit-head'
import { readBackupHead } from './backup-file'
import { DB_FILE } from './data-folder'
import { parseKeyring, readKeyringBytes } from './keyring-file'
import { schemaVersion } from './migrations/index'
import { StoreError } from './store-error'

export { DB_FILE } from './data-folder'
export {
  readBackup,
  readBackupHead,
  type BackupContents,
  type BackupHead,
  type BackupHeader,
} from './backup-file'
export { restoreBackup } from './restore'

export const BACKUP_EXTENSION = '.cdbackup'

/** Names written by scheduled backups; only these are ever deleted by rotation. */
const SCHEDULED_NAME = /^claimdesk-\d{4}-\d{2}-\d{2}T\d{4}(-\d{2})?\.cdbackup$/

export interface BackupResult {
  file: string
  bytes: number
  createdAt: string
}

export interface BackupListing {
  file: string
  name: string
  bytes: number
  modifiedAt: string
}

/**
 * Snapshots the open store with VACUUM INTO (SQLite's online copy: other connections keep
 * working, the copy is one consistent moment, encrypted with the same key) and packs it with the
 * keyring into `destFile`, which appears whole or not at all. Call it outside any transaction:
 * SQLite cannot VACUUM inside one.
 */
export function createBackup(
  db: Database.Database,
  dataDir: string,
  destFile: string,
  /** The store key: with it the backup carries the authenticated audit head. */
  key?: Buffer,
): BackupResult {
  checkBackupDestination(dataDir, destFile)
  const createdAt = new Date().toISOString()
  const keyringBytes = readKeyringBytes(dataDir)
  parseKeyring(keyringBytes)
  const snapshot = tempPathBeside(join(dataDir, DB_FILE), 'snapshot')
  try {
    // Read on the same connection just before the snapshot: the snapshot holds at least this.
    const head = key ? signAuditHead(key, auditHead(db)) : undefined
    if (key) recordAuditHead(dataDir, db, key)
    db.prepare('VACUUM INTO ?').run(snapshot)
    const { sha256: dbSha256, bytes: dbBytes } = sha256File(snapshot)
    const header: BackupHeader = {
      createdAt,
      schemaVersion: schemaVersion(db),
      keyringBytes: keyringBytes.length,
      dbBytes,
      keyringSha256: sha256(keyringBytes),
      dbSha256,
      ...(head && { auditHead: head }),
    }
    writeFileDurably(destFile, (fd) => writeContainer(fd, header, keyringBytes, snapshot))
  } finally {
    rmSync(snapshot, { force: true })
  }
  return { file: destFile, bytes: statSync(destFile).size, createdAt }
}

/**
 * Where a backup may be written: a `.cdbackup` file outside the data folder, either new or
 * replacing an earlier ClaimDesk backup — never the keyring, the database or any other file
 * someone could be tricked (or could trick the app) into overwriting. Symlinks are refused: the
 * rename would replace the link, but the check must not be fooled by where it points.
 */
export function checkBackupDestination(dataDir: string, destFile: string): void {
  const file = resolve(destFile)
  if (!basename(file).toLowerCase().endsWith(BACKUP_EXTENSION) || basename(file).length <= 9) {
    throw refusedDestination(`backup files must be named …${BACKUP_EXTENSION}`)
  }
  const folder = dirname(file)
  if (!isFolder(folder)) {
    throw new StoreError('missing', `The folder ${folder} does not exist.`)
  }
  if (isInside(realpathSync(folder), realDataDir(dataDir))) {
    throw refusedDestination(
      'it is inside the practice data folder; keep backups on another drive or folder',
    )
  }
  let stat
  try {
    stat = lstatSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  if (!stat.isFile())
    throw refusedDestination('something that is not a plain file is already there')
  if (!startsWithMagic(file)) {
    throw refusedDestination('a file that is not a ClaimDesk backup is already there')
  }
}

function realDataDir(dataDir: string): string {
  try {
    return realpathSync(dataDir)
  } catch {
    return resolve(dataDir)
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

function startsWithMagic(file: string): boolean {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(BACKUP_MAGIC.length)
    const read = readSync(fd, head, 0, head.length, 0)
    return read === head.length && head.equals(BACKUP_MAGIC)
  } finally {
    closeSync(fd)
  }
}

function refusedDestination(why: string): StoreError {
  return new StoreError('refused', `The backup was not written there: ${why}.`)
}

/** `claimdesk-2026-11-27T0415.cdbackup`, in UTC so names sort in time order across DST changes. */
export function backupFileName(now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '')
  return `claimdesk-${stamp}${BACKUP_EXTENSION}`
}

/**
 * The scheduled backup: a new file in `folder`, then the oldest scheduled backups beyond `keep`
 * are deleted. Files the practice saved there by hand are never deleted.
 */
export function runFolderBackup(
  db: Database.Database,
  dataDir: string,
  folder: string,
  keep: number,
  now: Date = new Date(),
  key?: Buffer,
): BackupResult & { removed: string[] } {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep must be at least 1')
  if (!isFolder(folder)) {
    throw new StoreError(
      'missing',
      `The backup folder ${folder} is not available. Reconnect the drive or pick another folder.`,
    )
  }
  const result = createBackup(db, dataDir, join(folder, freeName(folder, now)), key)
  const scheduled = readdirSync(folder)
    .filter((name) => SCHEDULED_NAME.test(name))
    .sort(newestFirst)
  const removed: string[] = []
  for (const name of scheduled.slice(keep)) {
    const file = join(folder, name)
    if (file === result.file) continue
    rmSync(file, { force: true })
    removed.push(file)
  }
  return { ...result, removed }
}

/** By stem, so `…T0415` sorts before its same-minute sibling `…T0415-02`. */
function newestFirst(a: string, b: string): number {
  const stemA = basename(a, BACKUP_EXTENSION)
  const stemB = basename(b, BACKUP_EXTENSION)
  return stemA < stemB ? 1 : stemA > stemB ? -1 : 0
}

/** Two backups in one minute get -02, -03… which still sort after the first. */
function freeName(folder: string, now: Date): string {
  const first = backupFileName(now)
  const taken = new Set(readdirSync(folder))
  if (!taken.has(first)) return first
  const stem = basename(first, BACKUP_EXTENSION)
  for (let n = 2; n < 100; n++) {
    const name = `${stem}-${String(n).padStart(2, '0')}${BACKUP_EXTENSION}`
    if (!taken.has(name)) return name
  }
  throw new StoreError('exists', `The backup folder ${folder} already has 99 backups this minute.`)
}

/** Every backup file in `folder`, newest first. */
export function listBackups(folder: string): BackupListing[] {
  if (!isFolder(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.endsWith(BACKUP_EXTENSION))
    .map((name) => {
      const file = join(folder, name)
      const stat = statSync(file)
      return { file, name, bytes: stat.size, modifiedAt: stat.mtime.toISOString() }
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name))
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The audit heads recorded in the newest backups of `folder` that belong to this store (their
 * head authenticates with its key) and were made after the last restore (older ones describe the
 * history that restore replaced; its backup.restore entry records that log's head).
 */
export function backupWitnesses(db: Database.Database, key: Buffer, folder: string): HeadWitness[] {
  const lastRestore = db
    .prepare<[], { at: string }>(
      "SELECT at FROM audit_log WHERE action = 'backup.restore' ORDER BY id DESC LIMIT 1",
    )
    .get()?.at
  const witnesses: HeadWitness[] = []
  for (const listing of listBackups(folder).slice(0, 5)) {
    try {
      const { header } = readBackupHead(listing.file)
      if (!header.auditHead || !headIsAuthentic(key, header.auditHead)) continue
      if (lastRestore && header.createdAt <= lastRestore) continue
      witnesses.push({ source: `the backup ${listing.name}`, head: header.auditHead })
    } catch {
      // A damaged or foreign file in the folder is not a witness.
    }
  }
  return witnesses
}
