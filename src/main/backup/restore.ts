import { DomainError } from '../errors'
import type { Session } from '../api/session'
import type { Office } from '../office'
import { readBackupHead, restoreBackup } from '../store/backup'
import { StoreError } from '../store/database'
import { unwrapForUser } from '../store/keyring'

/**
 * Replaces the practice data with a backup. Everything that can be checked is checked before the
 * current files are touched; if the swap itself fails, the office reopens what it had.
 */
export function restoreFromBackup(
  office: Office,
  session: Session,
  file: string,
  password: string,
) {
  const username = session.user!.username
  const header = checkBackupOpens(file, username, password)
  const oldKey = Buffer.from(office.store.key)
  const signedIn = [...office.sessions].map((s) => ({ s, user: s.user }))
  office.close()
  try {
    restoreWith(office.dataDir, file, username, password)
  } catch (err) {
    office.openWith(oldKey)
    throw err
  }
  const key = unwrapForUser(readBackupHead(file).keyring, username, password)!
  office.openWith(key)
  office.audit(session, 'backup.restore', { detail: { file, backupCreatedAt: header.createdAt } })
  // Everyone signs in again: the accounts and roles are now the backup's.
  for (const { s } of signedIn) {
    s.user = null
    s.locked = false
  }
  session.user = null
  office.sessions.clear()
  office.close()
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

export function restoreWith(
  dataDir: string,
  file: string,
  username: string,
  password: string,
): void {
  asFailure(() =>
    restoreBackup(file, dataDir, (keyring) => unwrapForUser(keyring, username, password)),
  )
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
