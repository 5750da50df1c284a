import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newDatabaseKey, openDatabase } from '../../../src/main/store/database'
import { fingerprint, makeStore } from './store-fixture'

const WRITER = join(import.meta.dirname, 'crash-writer.mjs')
const RUNS = 50
const BATCH_ROWS = 25

/** Starts the writer, waits until it is committing, lets it run 20–200 ms, then pulls the plug. */
function writeThenKill(dbPath: string, key: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dbPath, String(BATCH_ROWS)], {
      env: { ...process.env, CLAIMDESK_TEST_KEY: key.toString('hex') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.once('data', () => {
      setTimeout(() => child.kill('SIGKILL'), 20 + Math.random() * 180)
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve()
      else reject(new Error(`writer stopped on its own: ${errors}`))
    })
  })
}

function prepareTables(dbPath: string, key: Buffer): void {
  const db = openDatabase(dbPath, key)
  db.exec(`
    CREATE TABLE crash_batch (batch INTEGER PRIMARY KEY, rows INTEGER NOT NULL) STRICT;
    CREATE TABLE crash_row (
      batch INTEGER NOT NULL, seq INTEGER NOT NULL, payload TEXT NOT NULL,
      PRIMARY KEY (batch, seq)
    ) STRICT;
  `)
  db.close()
}

describe('crash safety', () => {
  it(
    `keeps every batch whole or absent across ${RUNS} kills mid-write`,
    { timeout: 120_000 },
    async () => {
      const store = makeStore()
      store.db.close()
      prepareTables(store.dbPath, store.key)
      let committed = 0
      for (let run = 0; run < RUNS; run++) {
        await writeThenKill(store.dbPath, store.key)
        const db = openDatabase(store.dbPath, store.key)
        const torn = db
          .prepare(
            `SELECT b.batch FROM crash_batch b
               LEFT JOIN crash_row r ON r.batch = b.batch
              GROUP BY b.batch HAVING count(r.seq) <> b.rows
             UNION
             SELECT r.batch FROM crash_row r
              WHERE NOT EXISTS (SELECT 1 FROM crash_batch b WHERE b.batch = r.batch)`,
          )
          .all()
        expect(torn, `after kill ${run + 1}`).toEqual([])
        const { n } = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM crash_batch').get()!
        expect(n, 'every kill comes after at least one commit').toBeGreaterThan(committed)
        committed = n
        db.close()
      }
    },
  )

  it('leaves a crashed writer’s -wal and -shm byte-identical when the wrong key is tried', async () => {
    const store = makeStore()
    store.db.close()
    prepareTables(store.dbPath, store.key)
    await writeThenKill(store.dbPath, store.key)
    expect(existsSync(`${store.dbPath}-wal`)).toBe(true)
    const before = fingerprint(store.dir)
    expect(() => openDatabase(store.dbPath, newDatabaseKey())).toThrow(/did not open/)
    expect(fingerprint(store.dir)).toEqual(before)
    openDatabase(store.dbPath, store.key).close()
  })
})
