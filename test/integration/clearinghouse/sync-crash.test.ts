/**
 * Crash test (issue 9): `sync --once` runs in a child CLI process against a real OpenSSH server —
 * uploading two queued batches and downloading the simulator's 999 and 277CA answers — and is
 * killed with SIGKILL at random moments. Afterwards every batch is either still queued or its
 * upload is confirmed (complete on the server), no claim is past "queued" without a confirmed
 * upload, and the next sync sends each batch exactly once and processes each answer once.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { batchFile } from '../../../src/main/claims/batch'
import { openDatabase } from '../../../src/main/store/database'
import { DB_FILE } from '../../../src/main/store/data-folder'
import type { ClearinghouseConnection } from '../../../src/shared/ops/clearinghouse'
import { localIsoDate } from '../../../src/shared/validators/isoDate'
import { answer277ca, answer999 } from '../../support/clearinghouse-simulator'
import { ADMIN } from '../../support/practice'
import { sftpUnavailable, startSftpServer, type SftpServer } from '../../support/sftp-server'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')
const ENV = { ...process.env, CLAIMDESK_USER: ADMIN.username, CLAIMDESK_PASSWORD: ADMIN.password }
const RUNS = 8
const PER_BATCH = 4
const why = sftpUnavailable()

/** Starts `sync --once` on `dir`, kills its process group `ms` after the start (null: never). */
function syncThenKill(dir: string, ms: number | null) {
  return new Promise<{ killed: boolean; code: number | null; out: string; elapsed: number }>(
    (done, fail) => {
      const started = Date.now()
      const child = spawn(TSX, [CLI, '--data', dir, 'sync', '--once'], {
        cwd: ROOT,
        env: ENV,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
      let out = ''
      let err = ''
      child.stdout.on('data', (c: Buffer) => (out += c.toString()))
      child.stderr.on('data', (c: Buffer) => (err += c.toString()))
      const timer = ms === null ? null : setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), ms)
      child.on('exit', (code, signal) => {
        if (timer) clearTimeout(timer)
        const elapsed = Date.now() - started
        if (signal === 'SIGKILL') done({ killed: true, code, out, elapsed })
        else if (code === 0) done({ killed: false, code, out, elapsed })
        else fail(new Error(`sync --once failed (${code}): ${out} ${err}`))
      })
    },
  )
}

interface Seen {
  /** batch id → sent? */
  sent: Map<number, boolean>
  statuses: Map<string, string>
  inbound: number
  acknowledgments: number
  history: number
}

describe.skipIf(why !== null)('sync --once survives kill -9 against a real sshd', () => {
  let server: SftpServer
  let p: ClaimPractice
  let work: string
  beforeAll(async () => {
    server = await startSftpServer()
    work = mkdtempSync(join(tmpdir(), 'claimdesk-sync-crash-'))
  }, 60_000)
  afterAll(async () => {
    p?.close()
    await server?.remove()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it(
    `leaves every batch queued or confirmed across ${RUNS} kills, then sends each once`,
    { timeout: 900_000 },
    async () => {
      const upload = server.folder('crash/upload')
      const download = server.folder('crash/download')
      p = await claimPractice(() => new Date())
      const connection: ClearinghouseConnection = {
        name: 'Example Clearinghouse (FAKE)',
        host: server.host,
        port: server.port,
        username: server.user,
        auth: 'password',
        hostKey: server.fingerprint,
        uploadDir: upload,
        downloadDir: download,
        archiveDir: null,
        schedule: { enabled: false, everyMinutes: 30, from: '00:00', until: '23:59' },
      }
      await p.run('clearinghouse.save', { connection, password: server.password })
      const dateOfService = localIsoDate(new Date(Date.now() - 10 * 86_400_000))
      let members = 0
      const queueBatch = async () => {
        const ids: number[] = []
        for (let i = 0; i < PER_BATCH; i++) {
          const patientId = await p.patient([
            coverage(p.payerId, { memberId: `FKM4004${members++}` }),
          ])
          const visitId = await p.codedVisit(patientId, {
            dateOfService,
            lines: [officeVisit({ chargeCents: 12500 + members })],
          })
          ids.push(...(await p.bill(visitId)).claims.map((c) => c.claimId))
        }
        await p.run('claims.queue', { claimIds: ids })
        return p.run('claims.batch', {})
      }
      // Batch A went out in an earlier sync; B and C wait in the outbox.
      const a = await queueBatch()
      expect(await p.run('clearinghouse.syncNow', {})).toMatchObject({
        ok: true,
        uploadedBatches: 1,
      })
      const b = await queueBatch()
      const c = await queueBatch()
      const text = async (batchId: number) => (await p.run('claims.batchFile', { batchId })).content
      const aText = await text(a.batchId)
      const bText = await text(b.batchId)
      const firstOfB = /CLM\*([^*]+)/.exec(bText)![1]!
      // The clearinghouse's answers, waiting in the download folder: A accepted, B with one
      // claim rejected by the payer's front end.
      const answers: [string, string][] = [
        ['999_A.x12', answer999(aText, { controlNumber: 7001 })],
        ['277CA_A.x12', answer277ca(aText, { controlNumber: 7002 })],
        ['999_B.x12', answer999(bText, { controlNumber: 7003 })],
        [
          '277CA_B.x12',
          answer277ca(bText, { controlNumber: 7004, reject: { [firstOfB]: 'A7:562:85' } }),
        ],
      ]
      const aFile = readFileSync(join(upload, a.fileName))
      const key = Buffer.from(p.office.store.key)
      p.office.close()
      const template = join(work, 'template')
      cpSync(p.dir, template, { recursive: true })

      /** The server as it was when the template was taken. */
      const resetServer = () => {
        for (const dir of [upload, download]) {
          for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true })
        }
        server.putFile(join(upload, a.fileName), aFile)
        for (const [name, content] of answers) server.putFile(join(download, name), content)
      }
      const fresh = (run: number) => {
        const dir = join(work, `run-${run}`)
        cpSync(template, dir, { recursive: true })
        resetServer()
        return dir
      }

      /** Checks the invariants after any ending and returns what the store holds. */
      const inspect = (dir: string): Seen => {
        const db = openDatabase(join(dir, DB_FILE), key)
        try {
          const batches = db
            .prepare<[], { id: number; sent_at: string | null }>('SELECT id, sent_at FROM batches')
            .all()
          expect(batches).toHaveLength(3)
          const onServer = new Set(readdirSync(upload))
          const sent = new Map<number, boolean>()
          const statuses = new Map<string, string>()
          for (const batch of batches) {
            const file = batchFile(db, batch.id)
            const claims = db
              .prepare<[number], { pcn: string; status: string }>(
                `SELECT c.patient_control_number AS pcn, c.status FROM batch_claims bc
                 JOIN claims c ON c.id = bc.claim_id WHERE bc.batch_id = ?`,
              )
              .all(batch.id)
            expect(claims).toHaveLength(PER_BATCH)
            for (const claim of claims) statuses.set(claim.pcn, claim.status)
            if (batch.sent_at === null) {
              // Still queued: nobody is submitted, and the next sync will send it.
              expect(claims.map((x) => x.status)).toEqual(claims.map(() => 'queued'))
            } else {
              // Confirmed: the whole file is on the server.
              expect(onServer.has(file.fileName)).toBe(true)
              expect(readFileSync(join(upload, file.fileName)).toString('latin1')).toBe(
                file.content,
              )
              for (const x of claims) expect(x.status).not.toBe('queued')
            }
            sent.set(batch.id, batch.sent_at !== null)
          }
          const count = (sql: string) => db.prepare<[], { n: number }>(sql).get()!.n
          return {
            sent,
            statuses,
            inbound: count('SELECT count(*) AS n FROM inbound_files'),
            acknowledgments: count('SELECT count(*) AS n FROM acknowledgments'),
            history: count('SELECT count(*) AS n FROM claim_history'),
          }
        } finally {
          db.close()
        }
      }

      /** After a complete sync: each batch on the server once, each answer processed once. */
      const complete = (seen: Seen, reference?: Seen) => {
        expect([...seen.sent.values()]).toEqual([true, true, true])
        expect(readdirSync(upload).sort()).toEqual([a.fileName, b.fileName, c.fileName].sort())
        expect(readdirSync(download)).toEqual([])
        expect(seen.inbound).toBe(answers.length)
        if (reference) {
          expect(seen.acknowledgments).toBe(reference.acknowledgments)
          expect(seen.history).toBe(reference.history)
          expect(seen.statuses).toEqual(reference.statuses)
        }
      }

      // One whole cycle says how long a sync takes here; the kills land anywhere in it.
      const whole = fresh(0)
      const ref = await syncThenKill(whole, null)
      expect(ref.out).toMatch(
        /^Synced: 2 batches uploaded \(8 claims submitted\), 4 files received/m,
      )
      const reference = inspect(whole)
      complete(reference)
      expect(['queued', 'submitted']).not.toContain(reference.statuses.get(firstOfB))
      rmSync(whole, { recursive: true })

      const endings: Record<string, number> = {}
      for (let run = 1; run <= RUNS; run++) {
        const dir = fresh(run)
        const at = Math.round(ref.elapsed * (0.5 + Math.random() * 0.6))
        const r = await syncThenKill(dir, at)
        const after = inspect(dir)
        const uploaded = [...after.sent.values()].filter(Boolean).length - 1
        const ending = `${r.killed ? 'killed' : 'finished'}: ${uploaded} uploaded, ${after.inbound} processed`
        endings[ending] = (endings[ending] ?? 0) + 1

        const next = spawnSync(TSX, [CLI, '--data', dir, 'sync', '--once'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: ENV,
        })
        expect(next.stderr).toBe('')
        expect(next.status).toBe(0)
        complete(inspect(dir), reference)
        // And one more cycle changes nothing.
        const idle = spawnSync(TSX, [CLI, '--data', dir, 'sync', '--once'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: ENV,
        })
        expect(idle.stdout).toMatch(/^Synced: 0 batches uploaded \(0 claims submitted\), 0 files/m)
        complete(inspect(dir), reference)
        rmSync(dir, { recursive: true })
      }
      console.log(`sync crash endings (reference cycle ${ref.elapsed} ms)`, JSON.stringify(endings))
    },
  )
})
