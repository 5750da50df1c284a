import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'
import { canonicalJson } from '../store/canonical-json'
import type { Keyring } from '../store/keyring'
import { allRows, storeQuery } from '../store/sync-query'

/**
 * Every password unwraps the one database key, so anyone who can sign in can also open the
 * database with a script and edit the users table. What they cannot get is the administrators'
 * key: it is wrapped only in administrators' keyring entries (and the recovery key's). Each
 * administrator action on users writes an HMAC of the whole user list (id, name, role, disabled)
 * under that key into the keyring; an administrator's sign-in and `audit verify` recompute it,
 * so a role or status changed outside ClaimDesk is detected. See the README's security section
 * for what this does not prevent.
 */
export function newAdminKey(): Buffer {
  return randomBytes(32)
}

export function usersMac(db: Database.Database, adminKey: Buffer): string {
  const users = allRows(
    db,
    storeQuery.selectFrom('users').select(['id', 'username', 'role', 'disabled']).orderBy('id'),
  ).map((u) => [u.id, u.username.normalize('NFC').toLowerCase(), u.role, u.disabled])
  return createHmac('sha256', adminKey)
    .update(`claimdesk-users\n${canonicalJson(users)}`, 'utf8')
    .digest('hex')
}

export function withUsersSeal(keyring: Keyring, db: Database.Database, adminKey: Buffer): Keyring {
  return { ...keyring, usersMac: usersMac(db, adminKey) }
}

/** Null when the user list is as administrators left it (or there is no seal to check). */
export function usersSealProblem(
  keyring: Keyring,
  db: Database.Database,
  adminKey: Buffer,
): string | null {
  if (!keyring.usersMac) return null
  const expected = Buffer.from(usersMac(db, adminKey), 'hex')
  const stored = Buffer.from(keyring.usersMac, 'hex')
  if (expected.length === stored.length && timingSafeEqual(expected, stored)) return null
  return 'The user list (names, roles or who is disabled) was changed outside ClaimDesk: it no longer matches what an administrator last saved.'
}
