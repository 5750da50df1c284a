import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'

export const DB_KEY_BYTES = 32

/** SQLite's page size ceiling: page 1 of any database lies within this many leading bytes. */
const MAX_PAGE_BYTES = 65_536

/**
 * SQLCipher v4 layout with a raw 256-bit key: the key is already the output of our scrypt-wrapped
 * keyring, so SQLite must not run its own KDF on it.
 */
export function applyKey(db: Database.Database, key: Buffer): void {
  if (key.length !== DB_KEY_BYTES) throw new Error('A database key is exactly 32 bytes.')
  db.pragma("cipher='sqlcipher'")
  db.pragma('legacy=4')
  db.pragma(`key="x'${key.toString('hex')}'"`)
}

function sqliteCode(error: unknown): unknown {
  return error instanceof Error ? (error as { code?: unknown }).code : undefined
}

export function isNotADatabase(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_NOTADB'
}

/**
 * Whether the key decrypts page 1, tried on a private copy of the file's first bytes. Reading the
 * real file with a wrong key would still let SQLite open a leftover -wal and rewrite its -shm
 * index; the copy keeps a failed password from touching anything in the data folder.
 *
 * SQLite decrypts page 1 before anything else: a wrong key fails there with SQLITE_NOTADB. With
 * the right key a copy cut short of the real file then fails its size check with SQLITE_CORRUPT,
 * which here means "page 1 decrypted": the real file is checked properly once opened.
 */
export function keyOpensFile(dbPath: string, key: Buffer): boolean {
  const head = readHead(dbPath)
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-keycheck-'))
  try {
    const copy = join(dir, 'head.db')
    writeFileSync(copy, head, { mode: 0o600 })
    const db = new Database(copy, { fileMustExist: true })
    try {
      applyKey(db, key)
      db.pragma('temp_store = MEMORY')
      db.pragma('schema_version', { simple: true })
      return true
    } catch (error) {
      if (isNotADatabase(error)) return false
      if (sqliteCode(error) === 'SQLITE_CORRUPT') return true
      throw error
    } finally {
      db.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(MAX_PAGE_BYTES)
    const read = readSync(fd, buffer, 0, MAX_PAGE_BYTES, 0)
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}
