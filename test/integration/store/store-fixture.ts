import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach } from 'vitest'
import { newDatabaseKey, openDatabase } from '../../../src/main/store/database'
import { DB_FILE } from '../../../src/main/store/data-folder'
import { createKeyring, writeKeyring, type KdfParams } from '../../../src/main/store/keyring'

/** Cheapest cost the keyring accepts: these tests are about files, not password strength. */
export const TEST_KDF: KdfParams = { N: 2 ** 14, r: 8, p: 1, keyLen: 32 }

export const ADMIN = { username: 'dana', password: 'correct horse battery staple' }

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A fresh folder removed after the test. */
export function tempFolder(label = 'store'): string {
  const dir = mkdtempSync(join(tmpdir(), `claimdesk-${label}-`))
  made.push(dir)
  return dir
}

export interface TestStore {
  dir: string
  dbPath: string
  key: Buffer
  db: Database.Database
  recoveryKey: string
}

/** A practice as setup leaves it: encrypted db at the latest schema, keyring with one admin. */
export function makeStore(practiceName = 'Riverside Family Medicine'): TestStore {
  const dir = tempFolder()
  const dbPath = join(dir, DB_FILE)
  const key = newDatabaseKey()
  const db = openDatabase(dbPath, key, { create: true })
  const now = new Date().toISOString()
  db.prepare('INSERT INTO practice (id, name, created_at) VALUES (1, ?, ?)').run(practiceName, now)
  const { keyring, recoveryKey } = createKeyring(key, ADMIN, TEST_KDF)
  writeKeyring(dir, keyring)
  return { dir, dbPath, key, db, recoveryKey }
}

/** name → sha256 of every file in the folder, to prove an operation left it exactly as it was. */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) {
    result[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex')
  }
  return result
}
