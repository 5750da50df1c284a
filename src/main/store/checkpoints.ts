/**
 * When the write-ahead log is copied back into the database file (a checkpoint).
 *
 * SQLite's own checkpoint runs inside the COMMIT that takes the log past `wal_autocheckpoint`
 * pages, so the biller who posts a 10,000-claim 835 (about 8,000 pages) also waits for that copy
 * and its fsync: a sixth of the posting. The office checkpoints between requests instead, once a
 * second while the store is open. SQLite's checkpoint stays as a ceiling for long CLI runs, which
 * checkpoint when they close the store anyway.
 *
 * A commit is as durable either way: with synchronous = FULL the log is synced before COMMIT
 * returns, and a log left behind by a crash is replayed on the next open.
 */
import type Database from 'better-sqlite3-multiple-ciphers'

/** 64 MiB of log: about eight large 835 postings between two checkpoints. */
export const WAL_CEILING_PAGES = 16_384
const EVERY_MS = 1_000

/** Copies what the log holds into the database file, unless a transaction is open. */
export function checkpointNow(db: Database.Database): void {
  // Inside an open transaction SQLite refuses; the next tick comes after it.
  if (!db.open || db.inTransaction) return
  db.pragma('wal_checkpoint(PASSIVE)')
}

export class WalCheckpoints {
  private timer: NodeJS.Timeout | null = null

  start(db: Database.Database): void {
    this.stop()
    this.timer = setInterval(() => {
      try {
        checkpointNow(db)
      } catch {
        // Another connection (a backup) holding the file: the next tick tries again, and the
        // ceiling bounds the log meanwhile.
      }
    }, EVERY_MS)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
