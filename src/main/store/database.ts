import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { Kysely, SqliteDialect } from 'kysely'
import { BUSY_TIMEOUT_MS } from './busy'
import { applyKey, DB_KEY_BYTES, isNotADatabase, keyOpensFile } from './cipher'
import { WAL_CEILING_PAGES } from './checkpoints'
import { existingPaths, sideFiles } from './data-folder'
import { migrate } from './migrations/index'
import type { StoreSchema } from './schema'
import { StoreError } from './store-error'

export { StoreError, type StoreErrorCode } from './store-error'

/** Past this size a full integrity_check delays sign-in too long; quick_check skips index checks. */
const QUICK_CHECK_ABOVE_BYTES = 512 * 1024 * 1024

const WRONG_KEY = "The password did not open this practice's data."

export function newDatabaseKey(): Buffer {
  return randomBytes(DB_KEY_BYTES)
}

/**
 * Opens (or with `create`, makes) the encrypted store, checks it is whole, and brings its schema
 * up to date. On any failure the folder is left as it was: files this attempt created are removed.
 */
export function openDatabase(
  path: string,
  key: Buffer,
  opts: { create?: boolean } = {},
): Database.Database {
  const create = opts.create === true
  refuseWrongState(path, key, create)
  const before = existingPaths([path, ...sideFiles(path)])
  let db: Database.Database | undefined
  try {
    db = new Database(path, { fileMustExist: !create })
    // Only the practice's own account may read its files; SQLite gives its side files (WAL,
    // shared memory) the database file's mode, so set it before they exist.
    chmodSync(path, 0o600)
    applyKey(db, key)
    keepTempInMemory(db)
    readSchemaOrRefuse(db)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma(`wal_autocheckpoint = ${WAL_CEILING_PAGES}`)
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    for (const side of sideFiles(path)) if (existsSync(side)) chmodSync(side, 0o600)
    checkIntegrity(db, create ? 0 : statSync(path).size)
    migrate(db)
    // 256 MiB of page cache at most (the default is 2 MiB) for the work that follows: every
    // page read back from the file is decrypted again, an 835 or 277CA touches thousands of
    // claim rows in one transaction, and the KPIs of a store with 500,000 claims read about
    // 150 MiB of index pages (reports bench: 730 ms with 64 MiB, 215 ms with 256 MiB). Set after
    // the integrity check, which reads every page once and would otherwise keep a whole large
    // store (a restored backup) in memory.
    db.pragma('cache_size = -262144')
    return db
  } catch (error) {
    db?.close()
    removeCreated([path, ...sideFiles(path)], before)
    throw error
  }
}

/**
 * SQLite spills big sorts, GROUP BYs and temp indexes into `etilqs_*` files in TMPDIR, and those
 * temp files are NOT encrypted by the cipher: patient names and DOBs would land on disk in plain
 * text. Keeping temp storage in memory closes that leak on every connection we open.
 */
export function keepTempInMemory(db: Database.Database): void {
  db.pragma('temp_store = MEMORY')
}

export function createKysely(db: Database.Database): Kysely<StoreSchema> {
  return new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: db }) })
}

function refuseWrongState(path: string, key: Buffer, create: boolean): void {
  const exists = existsSync(path)
  if (create && exists) {
    throw new StoreError('exists', 'This folder already holds practice data; it was not replaced.')
  }
  if (create) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
    chmodSync(dirname(path), 0o700)
    return
  }
  if (!exists) {
    throw new StoreError('missing', 'No practice data was found in this folder.')
  }
  if (statSync(path).size === 0) {
    throw new StoreError(
      'corrupt',
      "The practice's data file is empty, probably from an interrupted setup. Restore a backup.",
    )
  }
  if (!keyOpensFile(path, key)) throw new StoreError('wrong_key', WRONG_KEY)
}

/** The key was already proven on page 1, so an unreadable file here is damage, not a password. */
function readSchemaOrRefuse(db: Database.Database): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    if (isNotADatabase(error)) throw damaged()
    throw error
  }
}

function checkIntegrity(db: Database.Database, fileBytes: number): void {
  const check = fileBytes > QUICK_CHECK_ABOVE_BYTES ? 'quick_check' : 'integrity_check'
  let result: unknown
  try {
    result = db.pragma(check, { simple: true })
  } catch {
    throw damaged()
  }
  if (result !== 'ok') throw damaged()
}

function damaged(): StoreError {
  return new StoreError(
    'corrupt',
    "The practice's data file is damaged and was not opened. Restore the most recent backup.",
  )
}

function removeCreated(paths: string[], existedBefore: Set<string>): void {
  for (const path of paths) {
    if (!existedBefore.has(path)) rmSync(path, { force: true })
  }
}
