import { timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SessionView } from '../../shared/ops/auth'
import { passwordProblem } from '../../shared/password'
import { ROLE_PERMISSIONS } from '../../shared/permissions'
import { DomainError } from '../errors'
import { loadStarterCodes, resourcesDir } from '../codes'
import type { Session } from '../api/session'
import type { Office } from '../office'
import { DEFAULT_SETTINGS } from '../settings'
import {
  createKeyring,
  readKeyring,
  setUserPassword,
  unwrapAdminWithRecovery,
  unwrapForUser,
  unwrapKeysForUser,
  unwrapForUserAsync,
  unwrapWithRecovery,
  writeKeyring,
} from '../store/keyring'
import { newDatabaseKey } from '../store/database'
import { syncFolder } from '../store/atomic-file'
import { DB_FILE, KEYRING_FILE, SETUP_MARKER, sideFiles } from '../store/data-folder'
import { RECOVERY_KEY } from './throttle'
import { newAdminKey, usersSealProblem, withUsersSeal } from './user-seal'
import { findUser, insertUser, toSessionUser, updateUser } from './users'

const WRONG = 'Wrong user name or password.'

export function sessionView(office: Office, session: Session): SessionView {
  const user = session.user
  return {
    signedIn: user !== null,
    locked: session.locked,
    user,
    permissions: user ? [...ROLE_PERMISSIONS[user.role]] : [],
    autoLockMinutes: office.isOpen()
      ? office.settings().autoLockMinutes
      : DEFAULT_SETTINGS.autoLockMinutes,
  }
}

/** First start: a new store, its key wrapped for the first administrator and the recovery key. */
export function setUpPractice(
  office: Office,
  session: Session,
  input: { practiceName: string; admin: { username: string; fullName: string; password: string } },
): string {
  if (office.storeStatus() !== 'absent') {
    throw new DomainError('already_set_up', 'A practice is already set up in this data folder.')
  }
  assertPasswordFits(input.admin.password, input.admin.username, 'admin.password')
  mkdirSync(office.dataDir, { recursive: true, mode: 0o700 })
  // Setup is atomic as far as anyone can see: the marker goes first and is removed last, so a
  // kill anywhere in between leaves a folder that reads as "not set up" and is cleaned here.
  const marker = join(office.dataDir, SETUP_MARKER)
  if (existsSync(marker)) {
    const db = join(office.dataDir, DB_FILE)
    for (const path of [db, ...sideFiles(db), join(office.dataDir, KEYRING_FILE)]) {
      rmSync(path, { force: true })
    }
  }
  writeFileSync(marker, '', { mode: 0o600 })
  syncFolder(office.dataDir)
  const key = newDatabaseKey()
  const adminKey = newAdminKey()
  const { keyring, recoveryKey } = createKeyring(key, input.admin, undefined, adminKey)
  const { db } = office.openWith(Buffer.from(key), { create: true })
  const now = office.clock().toISOString()
  db.prepare('INSERT INTO practice (id, name, created_at) VALUES (1, ?, ?)').run(
    input.practiceName,
    now,
  )
  const admin = insertUser(db, { ...input.admin, role: 'admin', mustChangePassword: false }, now)
  // A new practice can code its first visits before anyone imports the full CMS code sets.
  loadStarterCodes(db, resourcesDir())
  writeKeyring(office.dataDir, withUsersSeal(keyring, db, adminKey))
  rmSync(marker, { force: true })
  syncFolder(office.dataDir)
  office.adminKey = adminKey
  signIn(office, session, toSessionUser(admin), 'auth.login')
  return recoveryKey
}

// Unwrapping runs scrypt off the main thread, so the window stays responsive while it works.
export async function logIn(
  office: Office,
  session: Session,
  username: string,
  password: string,
): Promise<void> {
  if (session.locked)
    throw new DomainError('locked', 'This window is locked: unlock it or sign out first.')
  if (office.storeStatus() === 'absent') {
    throw new DomainError(
      'setup_required',
      `There is no practice in ${office.dataDir} yet: set one up first.`,
    )
  }
  refuseWhileThrottled(office, session, username, 'auth.login_throttled')
  const keyring = readKeyring(office.dataDir)
  const keys = unwrapKeysForUser(keyring, username, password)
  const key = keys?.dbKey ?? null
  if (!key || !sameKeyAsOpenStore(office, key))
    return failed(office, session, 'auth.login_failed', username, WRONG, 'password')
  office.openWith(key)
  const user = findUser(office.store.db, username)
  if (!user || user.disabled) {
    return failed(
      office,
      session,
      'auth.login_failed',
      username,
      'This account is disabled. Ask an administrator.',
      'username',
    )
  }
  office.throttle.succeeded(username)
  signIn(office, session, toSessionUser(user), 'auth.login')
  if (user.role === 'admin') checkUsersSeal(office, session, keyring, keys!.adminKey, password)
}

/**
 * An administrator's sign-in checks the user list against the seal only administrators can
 * write; a mismatch is audited (and `audit verify` fails) rather than locking everyone out. A
 * keyring from before the seal existed gets one now, from this administrator.
 */
function checkUsersSeal(
  office: Office,
  session: Session,
  keyring: ReturnType<typeof readKeyring>,
  adminKey: Buffer | null,
  password: string,
): void {
  const { db, key } = office.store
  const user = session.user!
  if (adminKey) {
    office.adminKey = adminKey
    const problem = usersSealProblem(keyring, db, adminKey)
    if (problem) office.audit(session, 'users.tamper_detected', { detail: { problem } })
    return
  }
  const sealed = keyring.usersMac !== undefined || keyring.entries.some((e) => e.admin)
  if (sealed) {
    // Made an administrator since their password was last set, or by an edit outside ClaimDesk.
    office.audit(session, 'auth.admin_unconfirmed', { detail: { username: user.username } })
    return
  }
  const fresh = newAdminKey()
  const upgraded = setUserPassword(keyring, key, user.username, password, fresh)
  writeKeyring(office.dataDir, withUsersSeal(upgraded, db, fresh))
  office.adminKey = fresh
}

export async function unlock(office: Office, session: Session, password: string): Promise<void> {
  const user = session.user!
  refuseWhileThrottled(office, session, user.username, 'auth.unlock_throttled')
  const key = await unwrapForUserAsync(readKeyring(office.dataDir), user.username, password)
  if (!key || !sameKeyAsOpenStore(office, key)) {
    return failed(
      office,
      session,
      'auth.unlock_failed',
      user.username,
      'Wrong password.',
      'password',
    )
  }
  office.throttle.succeeded(user.username)
  session.locked = false
  session.touch(office.clock().getTime())
  office.audit(session, 'auth.unlock')
}

export function lock(office: Office, session: Session): void {
  session.locked = true
  office.audit(session, 'auth.lock')
}

export function logOut(office: Office, session: Session): void {
  office.audit(session, 'auth.logout')
  session.user = null
  session.locked = false
  office.sessions.delete(session)
  // With nobody signed in, the key leaves memory: the next person must unwrap it again.
  if (![...office.sessions].some((s) => s.user)) office.close()
}

export function changePassword(
  office: Office,
  session: Session,
  current: string,
  next: string,
): void {
  const user = session.user!
  assertPasswordFits(next, user.username, 'newPassword')
  const keyring = readKeyring(office.dataDir)
  const key = unwrapForUser(keyring, user.username, current)
  if (!key || !sameKeyAsOpenStore(office, key)) {
    throw new DomainError(
      'bad_credentials',
      'Your current password is not right.',
      'currentPassword',
    )
  }
  const { db } = office.store
  const adminKey = user.role === 'admin' ? office.adminKey : null
  db.transaction(() => {
    updateUser(db, user.id, { mustChangePassword: false }, office.clock().toISOString())
    writeKeyring(office.dataDir, setUserPassword(keyring, key, user.username, next, adminKey))
  })()
  session.user = { ...user, mustChangePassword: false }
}

/** The recovery key stands in for a forgotten password: it unwraps the store key too. */
export function recover(
  office: Office,
  session: Session,
  username: string,
  recoveryKey: string,
  next: string,
): void {
  // One counter for every recovery-key try, whatever user name it gives.
  const throttleKey = RECOVERY_KEY
  refuseWhileThrottled(office, session, throttleKey, 'auth.recover_throttled', username)
  assertPasswordFits(next, username, 'newPassword')
  const keyring = readKeyring(office.dataDir)
  const key = unwrapWithRecovery(keyring, recoveryKey)
  if (!key || !sameKeyAsOpenStore(office, key)) {
    office.throttle.failed(throttleKey)
    office.audit(session, 'auth.recover_failed', { detail: { username } })
    throw new DomainError(
      'bad_credentials',
      'That recovery key does not open this practice.',
      'recoveryKey',
    )
  }
  office.openWith(key)
  const { db } = office.store
  const user = findUser(db, username)
  if (!user || user.disabled) {
    throw new DomainError(
      'not_found',
      `There is no active user "${username}" in this practice.`,
      'username',
    )
  }
  const adminKey = user.role === 'admin' ? unwrapAdminWithRecovery(keyring, recoveryKey) : null
  db.transaction(() => {
    updateUser(db, user.id, { mustChangePassword: false }, office.clock().toISOString())
    writeKeyring(office.dataDir, setUserPassword(keyring, key, user.username, next, adminKey))
  })()
  if (adminKey) office.adminKey = adminKey
  office.throttle.succeeded(throttleKey)
  signIn(office, session, toSessionUser({ ...user, mustChangePassword: false }), 'auth.recover')
}

export function assertPasswordFits(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username)
  if (problem) throw new DomainError('invalid_input', problem, field)
}

function signIn(
  office: Office,
  session: Session,
  user: NonNullable<Session['user']>,
  action: string,
): void {
  session.user = user
  session.locked = false
  session.touch(office.clock().getTime())
  office.sessions.add(session)
  office.audit(session, action)
}

function sameKeyAsOpenStore(office: Office, key: Buffer): boolean {
  if (!office.isOpen()) return true
  const open = office.store.key
  return open.length === key.length && timingSafeEqual(open, key)
}

function refuseWhileThrottled(
  office: Office,
  session: Session,
  throttleKey: string,
  action: string,
  username = throttleKey,
): void {
  const wait = office.throttle.waitFor(throttleKey)
  if (wait > 0) {
    office.audit(session, action, { detail: { username, waitSeconds: Math.ceil(wait / 1000) } })
    throw new DomainError(
      'too_many_attempts',
      `Too many wrong passwords. Wait ${Math.ceil(wait / 1000)} seconds before trying again.`,
    )
  }
}

function failed(
  office: Office,
  session: Session,
  action: string,
  username: string,
  message: string,
  field: string,
): never {
  const count = office.throttle.failed(username)
  office.audit(session, action, { detail: { username, attempt: count } })
  throw new DomainError('bad_credentials', message, field)
}
