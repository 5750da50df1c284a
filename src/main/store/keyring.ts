import { createHash, createHmac, randomBytes } from 'node:crypto'
import {
  DEFAULT_KDF,
  deriveKey,
  deriveKeyAsync,
  newSalt,
  open,
  seal,
  type KdfParams,
} from './key-wrap'
import type { Keyring, KeyringEntry } from './keyring-file'
import { formatRecoveryKey, newRecoverySecret, parseRecoveryKey } from './recovery-key'

export { KEYRING_FILE } from './data-folder'
export { DEFAULT_KDF, type KdfParams, type WrappedKey } from './key-wrap'
export {
  parseKeyring,
  readKeyring,
  readKeyringBytes,
  serializeKeyring,
  writeKeyring,
  type Keyring,
  type KeyringEntry,
} from './keyring-file'
export { parseRecoveryKey } from './recovery-key'

const RECOVERY_AAD = Buffer.from('claimdesk-recovery', 'utf8')

/**
 * Identifies a person's entry without writing their username into the file. Usernames are not
 * secret enough to resist guessing; the tag only keeps them out of plain sight.
 */
export function userTag(username: string, tagSalt?: string): string {
  const canonical = `claimdesk-user:${username.normalize('NFC').toLowerCase()}`
  // Keyrings made before tags were salted keep their plain hash until the practice is set up anew.
  if (!tagSalt) return createHash('sha256').update(canonical, 'utf8').digest('base64')
  return createHmac('sha256', Buffer.from(tagSalt, 'base64'))
    .update(canonical, 'utf8')
    .digest('base64')
}

/** Passwords typed on different keyboards/IMEs must derive the same key. */
function passwordBytes(password: string): Buffer {
  return Buffer.from(password.normalize('NFC'), 'utf8')
}

function adminAad(owner: string): Buffer {
  return Buffer.from(`claimdesk-admin:${owner}`, 'utf8')
}

/** The administrators' key under the same KEK; only administrators' entries carry it. */
function sealAdmin(adminKey: Buffer, kek: Buffer, owner: string): Keyring['recovery']['admin'] {
  const { iv, authTag, wrapped } = seal(adminKey, kek, newSalt(), adminAad(owner))
  return { iv, authTag, wrapped }
}

function openAdmin(
  sealed: Keyring['recovery']['admin'],
  kek: Buffer,
  owner: string,
): Buffer | null {
  if (!sealed) return null
  return open({ salt: '', ...sealed }, kek, adminAad(owner))
}

function wrapForUser(
  dbKey: Buffer,
  tag: string,
  password: string,
  kdf: KdfParams,
  adminKey?: Buffer | null,
): KeyringEntry {
  const salt = newSalt()
  const kek = deriveKey(passwordBytes(password), salt, kdf)
  const entry: KeyringEntry = { tag, ...seal(dbKey, kek, salt, Buffer.from(tag, 'base64')) }
  if (adminKey) entry.admin = sealAdmin(adminKey, kek, tag)
  return entry
}

function wrapRecovery(
  dbKey: Buffer,
  kdf: KdfParams,
  adminKey?: Buffer | null,
): { recovery: Keyring['recovery']; recoveryKey: string } {
  const secret = newRecoverySecret()
  const salt = newSalt()
  const kek = deriveKey(secret, salt, kdf)
  const recovery: Keyring['recovery'] = seal(dbKey, kek, salt, RECOVERY_AAD)
  if (adminKey) recovery.admin = sealAdmin(adminKey, kek, 'recovery')
  return { recovery, recoveryKey: formatRecoveryKey(secret) }
}

/** `recoveryKey` is shown to the person once and never stored. */
export function createKeyring(
  dbKey: Buffer,
  user: { username: string; password: string },
  kdf: KdfParams = DEFAULT_KDF,
  adminKey?: Buffer,
): { keyring: Keyring; recoveryKey: string } {
  const { recovery, recoveryKey } = wrapRecovery(dbKey, kdf, adminKey)
  const tagSalt = randomBytes(16).toString('base64')
  const entry = wrapForUser(dbKey, userTag(user.username, tagSalt), user.password, kdf, adminKey)
  return {
    keyring: { format: 1, kdf: { ...kdf }, tagSalt, entries: [entry], recovery },
    recoveryKey,
  }
}

/** The database key, or null for a wrong password or an unknown person (indistinguishable). */
export function unwrapForUser(keyring: Keyring, username: string, password: string): Buffer | null {
  const attempt = signInAttempt(keyring, username)
  const kek = deriveKey(passwordBytes(password), attempt.salt, keyring.kdf)
  return attempt.entry ? open(attempt.entry, kek, attempt.aad) : null
}

/**
 * The database key and, for an administrator's entry, the administrators' key, with one scrypt.
 * Null for a wrong password or an unknown person.
 */
export function unwrapKeysForUser(
  keyring: Keyring,
  username: string,
  password: string,
): { dbKey: Buffer; adminKey: Buffer | null } | null {
  const attempt = signInAttempt(keyring, username)
  const kek = deriveKey(passwordBytes(password), attempt.salt, keyring.kdf)
  const dbKey = attempt.entry ? open(attempt.entry, kek, attempt.aad) : null
  if (!dbKey || !attempt.entry) return null
  return { dbKey, adminKey: openAdmin(attempt.entry.admin, kek, attempt.entry.tag) }
}

/** The administrators' key held by the recovery key, if the keyring has one there. */
export function unwrapAdminWithRecovery(keyring: Keyring, recoveryKey: string): Buffer | null {
  const secret = parseRecoveryKey(recoveryKey)
  if (secret === null) return null
  const kek = deriveKey(secret, Buffer.from(keyring.recovery.salt, 'base64'), keyring.kdf)
  return openAdmin(keyring.recovery.admin, kek, 'recovery')
}

/** Same as unwrapForUser, with scrypt off the calling thread (Electron's main loop stays live). */
export async function unwrapForUserAsync(
  keyring: Keyring,
  username: string,
  password: string,
): Promise<Buffer | null> {
  const attempt = signInAttempt(keyring, username)
  const kek = await deriveKeyAsync(passwordBytes(password), attempt.salt, keyring.kdf)
  return attempt.entry ? open(attempt.entry, kek, attempt.aad) : null
}

/**
 * Someone probing for usernames learns nothing from timing: with no entry, scrypt still runs on
 * a throwaway salt.
 */
function signInAttempt(
  keyring: Keyring,
  username: string,
): { entry: KeyringEntry | undefined; salt: Buffer; aad: Buffer } {
  const tag = userTag(username, keyring.tagSalt)
  const entry = keyring.entries.find((candidate) => candidate.tag === tag)
  const salt = entry ? Buffer.from(entry.salt, 'base64') : newSalt()
  return { entry, salt, aad: Buffer.from(tag, 'base64') }
}

export function unwrapWithRecovery(keyring: Keyring, recoveryKey: string): Buffer | null {
  const secret = parseRecoveryKey(recoveryKey)
  if (secret === null) return null
  const kek = deriveKey(secret, Buffer.from(keyring.recovery.salt, 'base64'), keyring.kdf)
  return open(keyring.recovery, kek, RECOVERY_AAD)
}

/** Adds the person's entry or replaces it; the old password stops working. */
export function setUserPassword(
  keyring: Keyring,
  dbKey: Buffer,
  username: string,
  password: string,
  /** Given for an administrator: their entry then carries the administrators' key. */
  adminKey?: Buffer | null,
): Keyring {
  const entry = wrapForUser(
    dbKey,
    userTag(username, keyring.tagSalt),
    password,
    keyring.kdf,
    adminKey,
  )
  const others = keyring.entries.filter((candidate) => candidate.tag !== entry.tag)
  return { ...keyring, entries: [...others, entry] }
}

export function removeUser(keyring: Keyring, username: string): Keyring {
  const tag = userTag(username, keyring.tagSalt)
  return { ...keyring, entries: keyring.entries.filter((entry) => entry.tag !== tag) }
}

export function hasUser(keyring: Keyring, username: string): boolean {
  const tag = userTag(username, keyring.tagSalt)
  return keyring.entries.some((entry) => entry.tag === tag)
}

/** A fresh recovery key when the old one was lost or seen by someone it should not have been. */
export function replaceRecoveryKey(
  keyring: Keyring,
  dbKey: Buffer,
  adminKey?: Buffer | null,
): { keyring: Keyring; recoveryKey: string } {
  const { recovery, recoveryKey } = wrapRecovery(dbKey, keyring.kdf, adminKey)
  return { keyring: { ...keyring, recovery }, recoveryKey }
}
