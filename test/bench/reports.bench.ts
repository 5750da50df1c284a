/**
 * `npm run bench -- reports`: a store with 50,000 fake patients and 500,000 claims over two
 * years with their ledger lines (charge; for most, the 835's payment, CO-45 and PR lines; some
 * denied; the newest still open), built with prepared statements in transactions of 10,000
 * claims (`reports.build_store_ms`); then the A/R aging by payer (`reports.aging_ms`) and the
 * KPIs for the last 30 days with the 30 before them (`reports.kpis_ms`), p95 of repeated runs.
 * The first run of each reads its pages from the file into the page cache; it is printed on its
 * own (`*_first_ms`), and the p95 is taken over the runs after it.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { agingReport } from '../../src/main/reports/aging'
import { addDays } from '../../src/main/reports/dates'
import { kpiReport } from '../../src/main/reports/kpis'
import { checkpointNow } from '../../src/main/store/checkpoints'
import { ledgerRows } from '../support/ledger-rows'
import { benchPractice } from './support/billed-practice'

type Report = (name: string, value: number, unit: string) => void

// REPORTS_BENCH_CLAIMS builds a smaller store (patients scale with it) for a quick look.
const CLAIMS = Number(process.env.REPORTS_BENCH_CLAIMS ?? 500_000)

const PAYERS = 6
const AS_OF = '2026-06-30'
const DAYS = 730
const CHUNK = 10_000
const RUNS = 20

/** A repeatable sequence (mulberry32), so every run builds the same store. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return Math.round(sorted[Math.ceil(sorted.length * 0.95) - 1]! * 10) / 10
}

function timed(runs: number, work: () => void): number[] {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    work()
    times.push(performance.now() - t)
  }
  return times
}

/** Fills the store; exported so a smaller store can be built to look at query plans. */
export function buildReportsStore(db: Database.Database, claims = CLAIMS): void {
  const CLAIMS_ = claims
  {
    const rows = ledgerRows(db)
    const next = random(12)
    const started = performance.now()
    const payers = db.transaction(() =>
      Array.from({ length: PAYERS }, (_, i) => rows.payer(`Bench Payer ${i + 1} (FAKE)`)),
    )()
    const patients = db.transaction(() =>
      Array.from({ length: Math.max(1, Math.round(CLAIMS_ / 10)) }, (_, i) =>
        rows.patient(
          `Testpatient${String.fromCharCode(65 + (i % 26))}`,
          `Bench${i}`,
          String(100000 + i),
        ),
      ),
    )()
    const eras = new Map<string, number>()
    const era = (payerId: number, date: string) => {
      const key = `${payerId}:${date}`
      let id = eras.get(key)
      if (id === undefined) {
        id = rows.payment({ source: 'insurance', method: 'eft', date, amountCents: 0, payerId })
        eras.set(key, id)
      }
      return id
    }
    for (let start = 0; start < CLAIMS_; start += CHUNK) {
      db.transaction(() => {
        for (let n = start; n < Math.min(CLAIMS_, start + CHUNK); n++) {
          const patientId = patients[n % patients.length]!
          const payerId = payers[n % PAYERS]!
          const age = Math.floor(next() * DAYS)
          const dos = addDays(AS_OF, -age)
          const total = 5000 + Math.floor(next() * 200) * 100
          const visitId = rows.visit(patientId, dos, total)
          rows.entry({ kind: 'charge', date: dos, patientId, visitId, ins: total })
          const answered = age > 20 + next() * 40
          const claimId = rows.claim({
            visitId,
            patientId,
            payerId,
            dateOfService: dos,
            totalCents: total,
            submittedAt: `${addDays(dos, 1)}T15:00:00.000Z`,
            status: answered ? 'adjudicated' : 'accepted',
          })
          rows.history(claimId, `${addDays(dos, 1)}T15:00:00.000Z`, 'queued', 'submitted')
          if (next() < 0.03)
            rows.history(claimId, `${addDays(dos, 2)}T15:00:00.000Z`, 'submitted', 'rejected')
          if (!answered) continue
          const paidOn = addDays(dos, 14 + Math.floor(next() * 20))
          if (paidOn > AS_OF) continue
          const paymentId = era(payerId, paidOn)
          const line = { date: paidOn, patientId, visitId, claimId, paymentId }
          if (next() < 0.07) {
            rows.remit(paymentId, claimId, total, 0)
            rows.entry({ ...line, kind: 'contractual', ins: -total, group: 'CO', reason: '197' })
            continue
          }
          const paid = Math.round(total * 0.6)
          const pr = next() < 0.5 ? Math.round(total * 0.1) : 0
          rows.remit(paymentId, claimId, total, paid)
          rows.entry({ ...line, kind: 'insurance_payment', ins: -paid })
          rows.entry({
            ...line,
            kind: 'contractual',
            ins: -(total - paid - pr),
            group: 'CO',
            reason: '45',
          })
          if (pr > 0)
            rows.entry({
              ...line,
              kind: 'patient_responsibility',
              ins: -pr,
              pat: pr,
              group: 'PR',
              reason: '2',
            })
          // Most patients pay what they owe within a month or two.
          const paysOn = addDays(paidOn, 20 + Math.floor(next() * 40))
          if (pr > 0 && next() < 0.85 && paysOn <= AS_OF) {
            const cash = rows.payment({
              source: 'patient',
              method: 'cash',
              date: paysOn,
              amountCents: pr,
              patientId,
            })
            rows.entry({
              kind: 'patient_payment',
              date: paysOn,
              patientId,
              visitId,
              paymentId: cash,
              pat: -pr,
            })
          }
        }
      })()
    }
    void started
  }
}

export async function run(report: Report): Promise<void> {
  const p = await benchPractice('reports', { patients: 0, fees: [] })
  try {
    const db = p.db
    const started = performance.now()
    buildReportsStore(db)
    report('reports.build_store_ms', Math.round(performance.now() - started), 'ms')
    // As in the office between two requests (store/checkpoints.ts): the build's log copied into
    // the database file.
    checkpointNow(db)
    const lines = (db.prepare('SELECT count(*) AS n FROM ledger_entries').get() as { n: number }).n
    report('reports.ledger_lines', lines, 'count')

    let open = 0
    const agingRun = () => {
      open = agingReport(db, { by: 'payer', asOf: AS_OF, agedFrom: 'service' }).openVisits
    }
    report('reports.aging_first_ms', Math.round(timed(1, agingRun)[0]!), 'ms')
    const aging = timed(RUNS, agingRun)
    report('reports.open_visits', open, 'count')
    report('reports.aging_ms', p95(aging), 'ms')
    const byPatient = timed(3, () =>
      agingReport(db, { by: 'patient', asOf: AS_OF, agedFrom: 'billed' }),
    )
    report('reports.aging_by_patient_ms', p95(byPatient), 'ms')
    const kpisRun = () => kpiReport(db, addDays(AS_OF, -29), AS_OF)
    report('reports.kpis_first_ms', Math.round(timed(1, kpisRun)[0]!), 'ms')
    const kpis = timed(RUNS, kpisRun)
    report('reports.kpis_ms', p95(kpis), 'ms')
  } finally {
    p.close()
  }
}
