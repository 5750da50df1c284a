import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { batchFile } from '../../../src/main/claims/batch'
import { openDatabase } from '../../../src/main/store/database'
import { DB_FILE } from '../../../src/main/store/data-folder'
import { tokenize } from '../../../src/main/x12/tokenize'
import { validate837 } from '../../../src/main/x12/validate837'
import { claimPractice } from '../claims/claim-practice'
import { queueClaims } from './sftp-practice'

const CHILD = join(import.meta.dirname, 'crash-batcher.ts')
const RUNS = 12
const CLAIMS = 12

type Ending = 'killed' | 'done'

/** Starts the batcher, lets it run 0–`maxMs` ms after it opened the store, then pulls the plug. */
function batchThenKill(dbPath: string, key: Buffer, out: string, maxMs: number): Promise<Ending> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, out], {
      env: { ...process.env, CLAIMDESK_TEST_KEY: key.toString('hex') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let errors = ''
    let said = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      if (said === 'ready\n') setTimeout(() => child.kill('SIGKILL'), Math.random() * maxMs)
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(said.includes('done') ? 'done' : 'killed')
      else if (code === 0) resolve('done')
      else reject(new Error(`batcher failed: ${errors}`))
    })
  })
}

describe('a batch survives kill -9 while it is made and exported', () => {
  it(
    `leaves every batch absent or complete and sendable across ${RUNS} kills`,
    { timeout: 600_000 },
    async () => {
      const p = await claimPractice()
      await queueClaims(p, CLAIMS)
      const key = Buffer.from(p.office.store.key)
      p.office.close()
      const template = join(p.dir, 'template.db')
      copyFileSync(join(p.dir, DB_FILE), template)
      const endings: Record<string, number> = {}
      try {
        for (let run = 0; run < RUNS; run++) {
          const dbPath = join(p.dir, `run-${run}.db`)
          copyFileSync(template, dbPath)
          const out = join(p.dir, `run-${run}.837`)
          await batchThenKill(dbPath, key, out, 400)
          const db = openDatabase(dbPath, key)
          const batches = db
            .prepare<[], { id: number; claim_count: number; sent_at: string | null }>(
              'SELECT id, claim_count, sent_at FROM batches',
            )
            .all()
          expect(batches.length, `run ${run}`).toBeLessThanOrEqual(1)
          const statuses = db
            .prepare<[], { status: string; n: number }>(
              'SELECT status, count(*) AS n FROM claims GROUP BY status',
            )
            .all()
          const batch = batches[0]
          let state: string
          if (!batch) {
            state = 'no batch'
            expect(statuses).toEqual([{ status: 'queued', n: CLAIMS }])
          } else {
            // Complete: every claim in it, its file whole and valid, exportable again.
            const linked = db
              .prepare<[number], { n: number }>(
                'SELECT count(*) AS n FROM batch_claims WHERE batch_id = ?',
              )
              .get(batch.id)!
            expect(linked.n).toBe(CLAIMS)
            expect(batch.claim_count).toBe(CLAIMS)
            const { content } = batchFile(db, batch.id)
            expect(validate837(content).errors).toEqual([])
            expect(tokenize(content).segments.filter((s) => s.id === 'CLM')).toHaveLength(CLAIMS)
            if (batch.sent_at === null) {
              state = 'batch waiting'
              // Nobody is submitted without a confirmed export or upload.
              expect(statuses).toEqual([{ status: 'queued', n: CLAIMS }])
            } else {
              state = 'exported'
              expect(existsSync(out)).toBe(true)
              expect(statuses).toEqual([{ status: 'submitted', n: CLAIMS }])
            }
          }
          endings[state] = (endings[state] ?? 0) + 1
          db.close()
          rmSync(dbPath)
          for (const side of ['-wal', '-shm']) rmSync(dbPath + side, { force: true })
        }
        console.log('batch crash endings', JSON.stringify(endings))
        expect(Object.values(endings).reduce((a, b) => a + b, 0)).toBe(RUNS)
      } finally {
        p.close()
      }
    },
  )
})
