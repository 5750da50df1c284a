import type Database from 'better-sqlite3-multiple-ciphers'

/** One numbered schema step. Versions are never reused or renumbered once shipped. */
export interface Migration {
  version: number
  name: string
  up(db: Database.Database): void
}
