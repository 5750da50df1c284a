import { randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  checkpointNow,
  WalCheckpoints,
  WAL_CEILING_PAGES,
} from '../../../src/main/store/checkpoints'
import { makeStore, type TestStore } from './store-fixture'

/*
 * A large commit (a 10,000-claim 835) must not wait for the copy of its log into the database
 * file: the office makes that copy between requests. Measured here by the file's size, which
 * only a checkpoint changes.
 */
describe('checkpoints', () => {
  let store: TestStore | undefined
  afterEach(() => {
    vi.useRealTimers()
    store?.db.close()
    store = undefined
  })

  /** About 2,400 pages in one commit: past SQLite's default of 1,000, under our ceiling. */
  function bigCommit(s: TestStore): void {
    s.db.exec('CREATE TABLE IF NOT EXISTS filler (data BLOB NOT NULL)')
    const insert = s.db.prepare('INSERT INTO filler (data) VALUES (?)')
    s.db.transaction(() => {
      for (let i = 0; i < 800; i++) insert.run(randomBytes(12_000))
    })()
  }
  const fileSize = (s: TestStore) => statSync(s.dbPath).size

  it('leaves a large commit in the log, and checkpointNow copies it into the file', () => {
    store = makeStore()
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_CEILING_PAGES)
    checkpointNow(store.db)
    const before = fileSize(store)
    bigCommit(store)
    expect(fileSize(store)).toBe(before)
    expect(statSync(`${store.dbPath}-wal`).size).toBeGreaterThan(9_000_000)
    checkpointNow(store.db)
    expect(fileSize(store)).toBeGreaterThan(before + 9_000_000)
  })

  it('does nothing inside an open transaction, where SQLite would refuse', () => {
    store = makeStore()
    const db = store.db
    expect(() => db.transaction(() => checkpointNow(db))()).not.toThrow()
  })

  it('are made once a second while the store is open, and no more once stopped', () => {
    vi.useFakeTimers()
    store = makeStore()
    const checkpoints = new WalCheckpoints()
    checkpoints.start(store.db)
    const before = fileSize(store)
    bigCommit(store)
    vi.advanceTimersByTime(999)
    expect(fileSize(store)).toBe(before)
    vi.advanceTimersByTime(1)
    const copied = fileSize(store)
    expect(copied).toBeGreaterThan(before + 9_000_000)

    checkpoints.stop()
    bigCommit(store)
    vi.advanceTimersByTime(5_000)
    expect(fileSize(store)).toBe(copied)
  })
})
