/**
 * Crash test (issue 10): `era import` of a large 835 (1,500 claims × 2 lines) runs in a child CLI
 * process that is killed with SIGKILL at random moments. Afterwards the file is posted completely
 * or not at all (inbound_files, payments, ledger lines), every claim's ledger sum equals the
 * balance `claims.amounts` reports, and importing the same file again posts it exactly once.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildClaims } from '../../../src/main/claims'
import { claimAmounts } from '../../../src/main/remits/amounts'
import { openDatabase } from '../../../src/main/store/database'
import { DB_FILE } from '../../../src/main/store/data-folder'
import { saveVisit, setVisitStatus } from '../../../src/main/visits/records'
import { Visit } from '../../../src/shared/schemas/visit'
import { localIsoDate } from '../../../src/shared/validators/isoDate'
import { eraClaim, write835 } from '../../support/era835'
import { ADMIN } from '../../support/practice'
import { claimPractice, coverage } from '../claims/claim-practice'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')
const CLAIMS = 1500
const PATIENTS = 30
const RUNS = 6
const PR_CENTS = 1000
const ENV = { ...process.env, CLAIMDESK_USER: ADMIN.username, CLAIMDESK_PASSWORD: ADMIN.password }

type Ending = 'killed' | 'finished'

/** Starts `era import` on `dir` and kills it `ms` after the start (or lets it finish). */
function importThenKill(dir: string, file: string, ms: number | null) {
  return new Promise<{ ending: Ending; code: number | null; out: string; elapsed: number }>(
    (done, fail) => {
      const started = Date.now()
      const child = spawn(TSX, [CLI, '--data', dir, 'era', 'import', file], {
        cwd: ROOT,
        env: ENV,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so the kill reaches node behind the tsx launcher too.
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
        if (signal === 'SIGKILL') done({ ending: 'killed', code, out, elapsed })
        else if (code === 0 || code === 1) done({ ending: 'finished', code, out, elapsed })
        else fail(new Error(`era import failed (${code}): ${err}`))
      })
    },
  )
}

interface Posted {
  files: number
  payments: number
  entries: number
  submitted: number
  closed: number
  patientCents: number
}

/** What the store holds after a run, checking every claim's ledger sum against its balance. */
function inspect(dir: string, key: Buffer, claimIds: number[]): Posted {
  const db = openDatabase(join(dir, DB_FILE), key)
  try {
    const one = <T>(sql: string) => db.prepare<[], T>(sql).get()!
    // Processed files only: a kill after the raw file is stored and before its posting
    // transaction leaves it 'received' with nothing posted, and importing it again posts it.
    const files = one<{ n: number }>(
      "SELECT count(*) AS n FROM inbound_files WHERE kind = '835' AND status = 'processed'",
    ).n
    const payments = one<{ n: number }>(
      "SELECT count(*) AS n FROM payments WHERE source = 'insurance'",
    ).n
    const entries = one<{ n: number }>(
      "SELECT count(*) AS n FROM ledger_entries WHERE kind <> 'charge'",
    ).n
    const patientCents = one<{ s: number }>(
      'SELECT coalesce(sum(patient_cents), 0) AS s FROM ledger_entries',
    ).s
    const ledgerSum = db.prepare<[number], { s: number }>(
      `SELECT coalesce(sum(e.insurance_cents), 0) AS s FROM ledger_entries e
       WHERE e.visit_id = (SELECT visit_id FROM claims WHERE id = ?)`,
    )
    let submitted = 0
    let closed = 0
    for (const id of claimIds) {
      const a = claimAmounts(db, id)
      expect(ledgerSum.get(id)!.s, `claim ${a.patientControlNumber}`).toBe(a.balanceCents)
      if (a.status === 'submitted') {
        submitted++
        expect(a.balanceCents).toBe(a.chargeCents)
      } else {
        expect(a.status).toBe('closed')
        expect(a.balanceCents).toBe(0)
        expect(a.patientResponsibilityCents).toBe(PR_CENTS)
        closed++
      }
    }
    return { files, payments, entries, submitted, closed, patientCents }
  } finally {
    db.close()
  }
}

describe('an 835 survives kill -9 while it is posted', () => {
  it(
    `posts a ${CLAIMS}-claim file completely or not at all across ${RUNS} kills, then exactly once`,
    { timeout: 900_000 },
    async () => {
      const p = await claimPractice(() => new Date())
      const key = Buffer.from(p.office.store.key)
      const db = p.office.store.db
      const patients: number[] = []
      for (let i = 0; i < PATIENTS; i++) {
        patients.push(await p.patient([coverage(p.payerId, { memberId: `FKM3${1000 + i}` })]))
      }
      // The visits are saved straight into the store (as the era bench does): 1,500 through
      // the router would take minutes; the claims then go the user's way (queue, batch, export).
      const actor = { user: ADMIN.username, at: new Date().toISOString() }
      const claimIds: number[] = []
      db.transaction(() => {
        for (let n = 0; n < CLAIMS; n++) {
          const visit = Visit.parse({
            patientId: patients[n % PATIENTS]!,
            dateOfService: localIsoDate(
              new Date(Date.now() - (10 + Math.floor(n / PATIENTS)) * 86_400_000),
            ),
            renderingProviderId: p.providerId,
            locationId: p.locationId,
            placeOfService: '11',
            diagnoses: ['E11.9', 'I10'],
            lines: [
              { code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] },
              { code: '36415', units: 1, chargeCents: 2500, pointers: [1] },
            ],
          })
          const visitId = saveVisit(db, undefined, visit, actor.at)
          setVisitStatus(db, visitId, 'coded', actor.at)
          claimIds.push(...buildClaims(db, visitId, actor).claimIds)
        }
      })()
      expect(claimIds).toHaveLength(CLAIMS)
      await p.run('claims.queue', { claimIds })
      const batch = await p.run('claims.batch', {})
      await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })

      // Line 1 paid 80% less a $10 coinsurance, the rest CO-45; line 2 80% paid, CO-45.
      const claims = claimIds.map((id) =>
        eraClaim(db, id, {
          pay: (l, i) =>
            i === 0
              ? {
                  paidCents: l.paidCents - PR_CENTS,
                  adjustments: [...l.adjustments, { group: 'PR', reason: '2', amountCents: 1000 }],
                }
              : {},
        }),
      )
      // The prepared store is copied once per run, into a folder of its own.
      const work = mkdtempSync(join(tmpdir(), 'claimdesk-era-crash-'))
      const template = join(work, 'template')
      const era = join(work, 'big.835')
      writeFileSync(era, write835({ trace: 'EFT15001500', claims }))
      p.office.close()
      cpSync(p.dir, template, { recursive: true })

      const fresh = (run: number) => {
        const dir = join(work, `run-${run}`)
        cpSync(template, dir, { recursive: true })
        return dir
      }
      const entriesPerFile = CLAIMS * 2 * 2 + CLAIMS // paid + CO per line, PR on line 1
      const posted = (s: Posted) => {
        expect(s).toMatchObject({
          files: 1,
          payments: 1,
          submitted: 0,
          closed: CLAIMS,
          patientCents: CLAIMS * PR_CENTS,
        })
        expect(s.entries).toBeGreaterThanOrEqual(entriesPerFile)
      }
      const untouched = (s: Posted) =>
        expect(s).toEqual({
          files: 0,
          payments: 0,
          entries: 0,
          submitted: CLAIMS,
          closed: 0,
          patientCents: 0,
        })

      try {
        // One whole run says how long an import takes here; the kills land anywhere in it.
        const whole = fresh(0)
        const reference = await importThenKill(whole, era, null)
        expect(reference.out).toMatch(/^big\.835: posted — Posted 1 payment/m)
        const once = inspect(whole, key, claimIds)
        posted(once)
        rmSync(whole, { recursive: true })

        const endings: Record<string, number> = {}
        for (let run = 1; run <= RUNS; run++) {
          const dir = fresh(run)
          // Bias toward the end, where the posting transaction runs (startup is most of it).
          const at = Math.round(reference.elapsed * (0.35 + Math.random() * 0.7))
          const r = await importThenKill(dir, era, at)
          const after = inspect(dir, key, claimIds)
          const state = after.files === 0 ? 'nothing posted' : 'fully posted'
          if (after.files === 0) untouched(after)
          else {
            posted(after)
            expect(after.entries).toBe(once.entries)
          }
          endings[`${r.ending}: ${state}`] = (endings[`${r.ending}: ${state}`] ?? 0) + 1

          // Importing again posts the file exactly once.
          const again = spawnSync(TSX, [CLI, '--data', dir, 'era', 'import', era], {
            cwd: ROOT,
            encoding: 'utf8',
            env: ENV,
          })
          if (state === 'fully posted') {
            expect(again.status).toBe(1)
            expect(again.stdout).toMatch(/refused — This exact file was already imported on /)
          } else {
            expect(again.stderr).toBe('')
            expect(again.status).toBe(0)
          }
          const final = inspect(dir, key, claimIds)
          posted(final)
          expect(final.entries).toBe(once.entries)
          rmSync(dir, { recursive: true })
        }
        console.log(
          `era crash endings (reference import ${reference.elapsed} ms)`,
          JSON.stringify(endings),
        )
      } finally {
        rmSync(work, { recursive: true, force: true })
        p.close()
      }
    },
  )
})
