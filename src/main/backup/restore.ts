import { basename, join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { findUser } from '../accounts/users'
import { DomainError } from '../errors'
import type { Session } from '../api/session'
import type { Office } from '../office'
import {
  appendAudit,
  auditHead,
  auditRowsAfter,
  carryAuditInto,
  signAuditHead,
  type AuditRow,
} from '../store/audit'
import { readBackupHead, restoreBackup } from '../store/backup'
import { copyBackupDb } from '../store/backup-file'
import { openDatabase, StoreError } from '../store/database'
import { DB_FILE } from '../store/data-folder'
import { parseKeyring, readKeyring, serializeKeyring, unwrapForUser } from '../store/keyring'

/** What the replaced store hands on to the restored one. */
interface Replaced {
  /** Its whole audit log, carried into the restored log so a restore never erases history. */
  rows: AuditRow[]
  head: { count: number; lastHash: string } | null
  /** Whether an administrator of the replaced store vouched for the restore. */
  vouched: boolean
}

/**
 * Replaces the practice data with a backup. Everything that can be checked is checked before the
 * current files are touched; if the swap itself fails, the office reopens what it had. The router
 * has already checked the session's administrator permission (backup.restore).
 */
export function restoreFromBackup(
  office: Office,
  session: Session,
  file: string,
  password: string,
) {
  const username = session.user!.username
  const header = checkBackupOpens(file, username, password)
  // The whole file's checksum too (streamed), so a damaged backup is refused while the office
  // is still open and untouched.
  asFailure(() => copyBackupDb(file, () => undefined))
  const oldKey = Buffer.from(office.store.key)
  const replaced = readReplaced(office.store.db, true)
  const signedIn = [...office.sessions]
  office.close()
  try {
    restoreCarryingAudit(office.dataDir, file, username, password, replaced, 'app')
  } catch (err) {
    office.openWith(oldKey)
    throw err
  }
  // Everyone signs in again: the accounts and roles are now the backup's.
  for (const s of signedIn) {
    s.user = null
    s.locked = false
  }
  session.user = null
  office.sessions.clear()
  return { restoredFrom: file, createdAt: header.createdAt }
}

/** Opens the backup's keyring with this user's password, without touching the practice data. */
export function checkBackupOpens(file: string, username: string, password: string) {
  const backup = asFailure(() => readBackupHead(file))
  if (!unwrapForUser(backup.keyring, username, password)) {
    throw new DomainError(
      'bad_credentials',
      `That password does not open this backup for ${username}. Use the password as it was when the backup was made.`,
      'password',
    )
  }
  return backup.header
}

/**
 * The CLI's restore, with the app's rules: the person must be an administrator of the current
 * store, proven by their password against its keyring. Only when the current store is gone or
 * cannot be read may an administrator of the backup (proven against the backup's keyring) restore
 * it. Refusals are audited in the current store when it can be opened.
 */
export function restoreWith(
  dataDir: string,
  file: string,
  username: string,
  password: string,
): { createdAt: string; carried: number; vouchedBy: 'current' | 'backup' } {
  const header = checkBackupOpens(file, username, password)
  const current = openCurrentStore(dataDir, username, password)
  let replaced: Replaced = { rows: [], head: null, vouched: false }
  if (current) {
    try {
      const user = findUser(current, username)
      if (!user || user.disabled || user.role !== 'admin') {
        appendAudit(current, {
          userId: user?.id ?? null,
          username,
          action: 'backup.restore.denied',
          detail: { file: basename(file), via: 'cli' },
        })
        throw new DomainError(
          'forbidden',
          'Only an active administrator of this practice may restore a backup over it.',
        )
      }
      replaced = readReplaced(current, true)
    } finally {
      current.close()
    }
  }
  const carried = restoreCarryingAudit(dataDir, file, username, password, replaced, 'cli')
  return { createdAt: header.createdAt, carried, vouchedBy: current ? 'current' : 'backup' }
}

function readReplaced(db: Database.Database, vouched: boolean): Replaced {
  return { rows: auditRowsAfter(db), head: auditHead(db), vouched }
}

/**
 * The current store opened with this person's password, or null when it is gone or unreadable
 * (missing or damaged keyring or database) — the only case where the backup's own
 * administrators may vouch. A password that does not open a readable store is a refusal.
 */
function openCurrentStore(
  dataDir: string,
  username: string,
  password: string,
): Database.Database | null {
  let key: Buffer | null
  try {
    key = unwrapForUser(readKeyring(dataDir), username, password)
  } catch (err) {
    if (err instanceof StoreError) return null
    throw err
  }
  if (!key) {
    throw new DomainError(
      'bad_credentials',
      `That password does not open the current practice data for ${username}. Only an administrator of the current practice may restore over it.`,
      'password',
    )
  }
  try {
    return openDatabase(join(dataDir, DB_FILE), key)
  } catch (err) {
    if (err instanceof StoreError && (err.code === 'missing' || err.code === 'corrupt')) return null
    throw err
  }
}

function restoreCarryingAudit(
  dataDir: string,
  file: string,
  username: string,
  password: string,
  replaced: Replaced,
  via: 'cli' | 'app',
): number {
  let carried = 0
  asFailure(() =>
    restoreBackup(
      file,
      dataDir,
      (keyring) => unwrapForUser(keyring, username, password),
      (db, key, keyringBytes) => {
        const user = findUser(db, username)
        if (!replaced.vouched && (!user || user.disabled || user.role !== 'admin')) {
          throw new DomainError(
            'forbidden',
            `The current practice data cannot be read, so only an active administrator of the backup may restore it; ${username} is not one.`,
          )
        }
        db.transaction(() => {
          carried = carryAuditInto(db, replaced.rows)
          appendAudit(db, {
            userId: user?.id ?? null,
            username,
            action: 'backup.restore',
            detail: {
              file: basename(file),
              via,
              vouchedBy: replaced.vouched ? 'current' : 'backup',
              carried,
              replacedLog: replaced.head,
            },
          })
        })()
        // The restored keyring's head is the backup's; bring it up to the restored log.
        return serializeKeyring({
          ...parseKeyring(keyringBytes),
          auditHead: signAuditHead(key, auditHead(db)),
        })
      },
    ),
  )
  return carried
}

function asFailure<T>(fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof StoreError) {
      const code = err.code === 'wrong_key' ? 'bad_credentials' : 'invalid_input'
      throw new DomainError(code, err.message, 'file')
    }
    throw err
  }
}
