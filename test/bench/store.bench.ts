import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { DB_FILE } from '../../src/main/store/backup'
import { newDatabaseKey, openDatabase } from '../../src/main/store/database'
import {
  createKeyring,
  readKeyring,
  unwrapForUser,
  writeKeyring,
} from '../../src/main/store/keyring'

type Report = (name: string, value: number, unit: string) => void

const ROWS = 100_000
const PER_TRANSACTION = 1_000
const ROUNDS = 5
const ADMIN = { username: 'bench.admin', password: 'a long enough bench passphrase' }

const LEDGER_DDL = `CREATE TABLE ledger_line (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL,
  line_no INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  posted_at TEXT NOT NULL,
  memo TEXT
) STRICT;
CREATE INDEX ledger_line_claim ON ledger_line (claim_id)`

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function withFolder<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'))
  try {
    return use(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Sign-in as a person feels it: read the keyring, unwrap with scrypt, open and check the db. */
function unlockMs(): number {
  return withFolder((dir) => {
    const key = newDatabaseKey()
    openDatabase(join(dir, DB_FILE), key, { create: true }).close()
    writeKeyring(dir, createKeyring(key, ADMIN).keyring)
    const samples = Array.from({ length: 5 }, () => {
      const start = performance.now()
      const unwrapped = unwrapForUser(readKeyring(dir), ADMIN.username, ADMIN.password)
      if (!unwrapped) throw new Error('bench keyring did not unwrap')
      const db = openDatabase(join(dir, DB_FILE), unwrapped)
      const elapsed = performance.now() - start
      db.close()
      return elapsed
    })
    return median(samples)
  })
}

/** openDatabase's settings minus the key, so the comparison measures encryption alone. */
function openPlain(path: string): Database.Database {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  return db
}

/** Posting-sized rows in 1,000-row transactions, the shape of an ERA import. */
function insertMs(encrypted: boolean): number {
  return withFolder((dir) => {
    const path = join(dir, DB_FILE)
    const db = encrypted ? openDatabase(path, newDatabaseKey(), { create: true }) : openPlain(path)
    db.exec(LEDGER_DDL)
    const insert = db.prepare(
      'INSERT INTO ledger_line (claim_id, line_no, kind, amount_cents, posted_at, memo) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const batch = db.transaction((first: number) => {
      for (let i = first; i < first + PER_TRANSACTION; i++) {
        insert.run(Math.floor(i / 4), i % 4, 'insurance_payment', 12_345 + i, '2026-11-27', 'CO-45')
      }
    })
    const start = performance.now()
    for (let first = 0; first < ROWS; first += PER_TRANSACTION) batch(first)
    const elapsed = performance.now() - start
    db.close()
    return elapsed
  })
}

export async function run(report: Report): Promise<void> {
  report('store.unlock_ms', unlockMs(), 'ms')
  const encrypted: number[] = []
  const plain: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    plain.push(insertMs(false))
    encrypted.push(insertMs(true))
  }
  // Fastest of the rounds: other work on a shared machine only ever adds time, never removes it.
  const encryptedMs = Math.min(...encrypted)
  const plainMs = Math.min(...plain)
  report('store.insert_100k_ms.encrypted', encryptedMs, 'ms')
  report('store.insert_100k_ms.plain', plainMs, 'ms')
  report('store.encrypted_overhead_ratio', encryptedMs / plainMs, 'ratio')
}
