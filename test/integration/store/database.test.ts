import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import {
  createKysely,
  newDatabaseKey,
  openDatabase,
  StoreError,
} from '../../../src/main/store/database'
import { fingerprint, makeStore, tempFolder } from './store-fixture'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof StoreError) return error.code
    throw error
  }
  return undefined
}

describe('openDatabase', () => {
  it('opens the practice with its key in WAL mode, full sync, foreign keys on', () => {
    const store = makeStore()
    store.db.close()
    const db = openDatabase(store.dbPath, store.key)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(db.prepare('SELECT name FROM practice').get()).toEqual({
      name: 'Riverside Family Medicine',
    })
    db.close()
  })

  it('does not create a practice unless asked to', () => {
    const dir = tempFolder()
    const path = join(dir, 'claimdesk.db')
    expect(codeOf(() => openDatabase(path, newDatabaseKey()))).toBe('missing')
    expect(readdirSync(dir)).toEqual([])
  })

  it('will not create over an existing practice', () => {
    const store = makeStore()
    store.db.close()
    const before = fingerprint(store.dir)
    expect(codeOf(() => openDatabase(store.dbPath, newDatabaseKey(), { create: true }))).toBe(
      'exists',
    )
    expect(fingerprint(store.dir)).toEqual(before)
  })

  it('says the password did not open the data when the key is wrong', () => {
    const store = makeStore()
    store.db.close()
    expect(() => openDatabase(store.dbPath, newDatabaseKey())).toThrow(
      "The password did not open this practice's data.",
    )
  })

  it('leaves every file byte-identical after a wrong key', () => {
    const store = makeStore()
    store.db.close()
    const before = fingerprint(store.dir)
    expect(codeOf(() => openDatabase(store.dbPath, newDatabaseKey()))).toBe('wrong_key')
    expect(fingerprint(store.dir)).toEqual(before)
  })

  it('leaves a live -wal and -shm byte-identical after a wrong key while another session is open', () => {
    const store = makeStore()
    store.db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run()
    expect(existsSync(`${store.dbPath}-wal`)).toBe(true)
    const before = fingerprint(store.dir)
    expect(codeOf(() => openDatabase(store.dbPath, newDatabaseKey()))).toBe('wrong_key')
    expect(fingerprint(store.dir)).toEqual(before)
    store.db.close()
  })

  it('tells the right key from a wrong one on a practice far larger than its first page', () => {
    const store = makeStore()
    const add = store.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
    for (let i = 0; i < 400; i++) add.run(`note.${i}`, JSON.stringify('x'.repeat(500)))
    store.db.close()
    expect(statSync(store.dbPath).size).toBeGreaterThan(4 * 65_536)
    expect(codeOf(() => openDatabase(store.dbPath, newDatabaseKey()))).toBe('wrong_key')
    const db = openDatabase(store.dbPath, store.key)
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 400 })
    db.close()
  })

  it('refuses a damaged file as corrupt, not as a wrong password, and leaves it alone', () => {
    const store = makeStore()
    for (let i = 0; i < 200; i++) {
      store.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(`k${i}`, '"x"')
    }
    store.db.close()
    const bytes = readFileSync(store.dbPath)
    bytes[4096 + 100] = (bytes[4096 + 100] ?? 0) ^ 0xff
    writeFileSync(store.dbPath, bytes)
    const before = fingerprint(store.dir)
    expect(codeOf(() => openDatabase(store.dbPath, store.key))).toBe('corrupt')
    expect(fingerprint(store.dir)).toEqual(before)
  })

  it('treats an empty file from an interrupted setup as corrupt', () => {
    const dir = tempFolder()
    writeFileSync(join(dir, 'claimdesk.db'), '')
    expect(codeOf(() => openDatabase(join(dir, 'claimdesk.db'), newDatabaseKey()))).toBe('corrupt')
  })

  it('cannot be read by a plain SQLite connection', () => {
    const store = makeStore()
    store.db.close()
    const plain = new Database(store.dbPath, { fileMustExist: true })
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
      'file is not a database',
    )
    plain.close()
  })

  it('serves Kysely queries over the same connection', async () => {
    const store = makeStore()
    const kysely = createKysely(store.db)
    const practice = await kysely.selectFrom('practice').select('name').executeTakeFirst()
    expect(practice?.name).toBe('Riverside Family Medicine')
    store.db.close()
  })

  it('makes a fresh 32-byte key every time', () => {
    const a = newDatabaseKey()
    expect(a).toHaveLength(32)
    expect(a.equals(newDatabaseKey())).toBe(false)
  })
})
