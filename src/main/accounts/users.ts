import type Database from 'better-sqlite3-multiple-ciphers'
import type { UserRow } from '../../shared/ops/users'
import type { Role } from '../../shared/permissions'
import { DomainError } from '../errors'
import type { SessionUser } from '../api/session'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'

const COLUMNS = [
  'id',
  'username',
  'full_name',
  'role',
  'disabled',
  'must_change_password',
  'created_at',
] as const

const selectUsers = () => storeQuery.selectFrom('users').select(COLUMNS)

function toRow(r: {
  id: number
  username: string
  full_name: string
  role: Role
  disabled: 0 | 1
  must_change_password: 0 | 1
  created_at: string
}): UserRow {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    disabled: r.disabled === 1,
    mustChangePassword: r.must_change_password === 1,
    createdAt: r.created_at,
  }
}

export function toSessionUser(u: UserRow): SessionUser {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    mustChangePassword: u.mustChangePassword,
  }
}

export function listUsers(db: Database.Database): UserRow[] {
  return allRows(db, selectUsers().orderBy('username')).map(toRow)
}

/** User names compare without case (the column is COLLATE NOCASE), as people type them. */
export function findUser(db: Database.Database, username: string): UserRow | null {
  const r = firstRow(db, selectUsers().where('username', '=', username))
  return r ? toRow(r) : null
}

export function getUser(db: Database.Database, id: number): UserRow {
  const r = firstRow(db, selectUsers().where('id', '=', id))
  if (!r) throw new DomainError('not_found', `There is no user #${id}.`, 'userId')
  return toRow(r)
}

export function insertUser(
  db: Database.Database,
  user: { username: string; fullName: string; role: Role; mustChangePassword: boolean },
  now: string,
): UserRow {
  if (findUser(db, user.username)) {
    throw new DomainError('conflict', `The user name "${user.username}" is taken.`, 'username')
  }
  const { lastInsertRowid } = runQuery(
    db,
    storeQuery.insertInto('users').values({
      username: user.username,
      full_name: user.fullName,
      role: user.role,
      disabled: 0,
      must_change_password: user.mustChangePassword ? 1 : 0,
      created_at: now,
      updated_at: now,
    }),
  )
  return getUser(db, Number(lastInsertRowid))
}

export function updateUser(
  db: Database.Database,
  id: number,
  changes: { role?: Role; disabled?: boolean; mustChangePassword?: boolean },
  now: string,
): UserRow {
  getUser(db, id)
  runQuery(
    db,
    storeQuery
      .updateTable('users')
      .set({
        ...(changes.role !== undefined && { role: changes.role }),
        ...(changes.disabled !== undefined && { disabled: changes.disabled ? 1 : 0 }),
        ...(changes.mustChangePassword !== undefined && {
          must_change_password: changes.mustChangePassword ? 1 : 0,
        }),
        updated_at: now,
      })
      .where('id', '=', id),
  )
  return getUser(db, id)
}

/** An office must always keep someone who can manage users and restore backups. */
export function assertAnotherAdmin(db: Database.Database, leaving: UserRow): void {
  if (leaving.role !== 'admin' || leaving.disabled) return
  const other = firstRow(
    db,
    storeQuery
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .where('id', '<>', leaving.id),
  )
  if (!other) {
    throw new DomainError(
      'conflict',
      `${leaving.username} is the last active administrator; make someone else an administrator first.`,
    )
  }
}
