import { assertPasswordFits } from '../../accounts/signin'
import {
  assertAnotherAdmin,
  getUser,
  insertUser,
  listUsers,
  toSessionUser,
  updateUser,
} from '../../accounts/users'
import type { Office } from '../../office'
import {
  readKeyring,
  removeUser,
  setUserPassword,
  writeKeyring,
  type Keyring,
} from '../../store/keyring'
import { withUsersSeal } from '../../accounts/user-seal'
import { DomainError } from '../../errors'
import { defineHandlers } from '../router'

export const userHandlers = defineHandlers({
  'users.list': (_input, { office }) => listUsers(office.store.db),

  'users.add': ({ password, ...user }, { office }) => {
    assertPasswordFits(password, user.username, 'password')
    const { db, key } = office.store
    // The keyring write happens inside the transaction: if it fails, the user row is rolled back.
    return db.transaction(() => {
      const row = insertUser(
        db,
        { ...user, mustChangePassword: true },
        office.clock().toISOString(),
      )
      const adminKey = row.role === 'admin' ? office.adminKey : null
      writeSealed(
        office,
        setUserPassword(readKeyring(office.dataDir), key, row.username, password, adminKey),
      )
      return row
    })()
  },

  'users.disable': ({ userId }, { office, session }) => {
    const { db } = office.store
    const user = getUser(db, userId)
    if (user.id === session.user!.id)
      throw new DomainError('conflict', 'You cannot disable your own account.')
    assertAnotherAdmin(db, user)
    const row = db.transaction(() => {
      const updated = updateUser(db, userId, { disabled: true }, office.clock().toISOString())
      // Without a keyring entry the disabled user cannot unwrap the store key at all.
      writeSealed(office, removeUser(readKeyring(office.dataDir), user.username))
      return updated
    })()
    signOutEverywhere(office, userId)
    return row
  },

  'users.resetPassword': ({ userId, password, enable }, { office }) => {
    const { db, key } = office.store
    const user = getUser(db, userId)
    if (user.disabled && enable !== true) {
      // A reset must never re-enable someone by surprise: enabling is said out loud.
      throw new DomainError(
        'conflict',
        `${user.username} is disabled. Resetting the password would enable the account again: confirm that you want to enable it.`,
        'enable',
      )
    }
    assertPasswordFits(password, user.username, 'password')
    return db.transaction(() => {
      const row = updateUser(
        db,
        userId,
        { disabled: false, mustChangePassword: true },
        office.clock().toISOString(),
      )
      const adminKey = row.role === 'admin' ? office.adminKey : null
      writeSealed(
        office,
        setUserPassword(readKeyring(office.dataDir), key, user.username, password, adminKey),
      )
      return row
    })()
  },

  'users.setRole': ({ userId, role }, { office }) => {
    const { db } = office.store
    const user = getUser(db, userId)
    if (role !== 'admin') assertAnotherAdmin(db, user)
    const row = db.transaction(() => {
      const updated = updateUser(db, userId, { role }, office.clock().toISOString())
      writeSealed(office, readKeyring(office.dataDir))
      return updated
    })()
    for (const s of office.sessions) if (s.user?.id === userId) s.user = toSessionUser(row)
    return row
  },
})

function signOutEverywhere(office: Office, userId: number): void {
  for (const s of office.sessions) {
    if (s.user?.id === userId) {
      s.user = null
      s.locked = false
      office.sessions.delete(s)
    }
  }
}

/** Writes the keyring with the user list sealed under the administrators' key (user-seal.ts). */
function writeSealed(office: Office, keyring: Keyring): void {
  const { adminKey } = office
  writeKeyring(
    office.dataDir,
    adminKey ? withUsersSeal(keyring, office.store.db, adminKey) : keyring,
  )
}
