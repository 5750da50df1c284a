import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newDatabaseKey, StoreError } from '../../../src/main/store/database'
import {
  createKeyring,
  KEYRING_FILE,
  readKeyring,
  setUserPassword,
  unwrapForUser,
  writeKeyring,
} from '../../../src/main/store/keyring'
import { ADMIN, tempFolder, TEST_KDF } from './store-fixture'

function storeErrorOf(run: () => unknown): StoreError {
  try {
    run()
  } catch (error) {
    if (error instanceof StoreError) return error
    throw error
  }
  throw new Error('expected a StoreError')
}

describe('keyring file', () => {
  it('is written beside the database and read back to the same key', () => {
    const dir = tempFolder()
    const key = newDatabaseKey()
    writeKeyring(dir, createKeyring(key, ADMIN, TEST_KDF).keyring)
    expect(readdirSync(dir)).toEqual([KEYRING_FILE])
    expect(unwrapForUser(readKeyring(dir), ADMIN.username, ADMIN.password)?.equals(key)).toBe(true)
  })

  it('is readable by its owner only on POSIX systems', () => {
    if (process.platform === 'win32') return
    const dir = tempFolder()
    writeKeyring(dir, createKeyring(newDatabaseKey(), ADMIN, TEST_KDF).keyring)
    expect(statSync(join(dir, KEYRING_FILE)).mode & 0o077).toBe(0)
  })

  it('replaces the old file whole and leaves no temp file behind', () => {
    const dir = tempFolder()
    const key = newDatabaseKey()
    const first = createKeyring(key, ADMIN, TEST_KDF).keyring
    writeKeyring(dir, first)
    writeKeyring(dir, setUserPassword(first, key, ADMIN.username, 'brand new passphrase'))
    expect(readdirSync(dir)).toEqual([KEYRING_FILE])
    expect(unwrapForUser(readKeyring(dir), ADMIN.username, 'brand new passphrase')).not.toBeNull()
  })

  it('says the key file is missing and how to get it back', () => {
    const error = storeErrorOf(() => readKeyring(tempFolder()))
    expect(error.code).toBe('missing')
    expect(error.message).toMatch(/claimdesk\.keyring\) is missing .* from a backup/)
  })

  it('says the key file is damaged when it was cut short', () => {
    const dir = tempFolder()
    writeKeyring(dir, createKeyring(newDatabaseKey(), ADMIN, TEST_KDF).keyring)
    const path = join(dir, KEYRING_FILE)
    writeFileSync(path, readFileSync(path).subarray(0, 120))
    expect(storeErrorOf(() => readKeyring(dir)).code).toBe('corrupt')
  })
})
