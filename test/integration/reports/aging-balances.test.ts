/**
 * The aging starts from visit_balances (kept by a trigger on every new ledger line) and adds up
 * the ledger only for visits that can differ as of an earlier date. It must give exactly what
 * adding up every ledger line up to the as-of date gives, for any date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reverseEntries } from '../../../src/main/ledger/entries'
import { agingReport, openVisits } from '../../../src/main/reports/aging'
import { addDays } from '../../../src/main/reports/dates'
import { allRows } from '../../../src/main/store/sync-query'
import { ledgerRows } from '../../support/ledger-rows'
import { newPractice, type TestPractice } from '../../support/practice'

/** A repeatable sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Line {
  id: number
  visit_id: number | null
  effective_date: string
  insurance_cents: number
  patient_cents: number
}

describe('A/R aging from visit balances', () => {
  let p: TestPractice
  beforeAll(async () => {
    p = await newPractice()
    const db = p.office.store.db
    const r = ledgerRows(db)
    const next = random(7)
    const pick = (n: number) => Math.floor(next() * n)
    db.transaction(() => {
      const payer = r.payer('Random Payer (FAKE)')
      const patients = Array.from({ length: 12 }, (_, i) =>
        r.patient('Testpatient', `Random${i}`, String(5000 + i)),
      )
      for (let v = 0; v < 150; v++) {
        const patientId = patients[pick(patients.length)]!
        const dos = addDays('2026-01-01', pick(200))
        const total = 1000 + pick(300) * 100
        const visitId = r.visit(patientId, dos, total)
        r.entry({ kind: 'charge', date: dos, patientId, visitId, ins: total })
        const claimId = r.claim({
          visitId,
          patientId,
          payerId: payer,
          dateOfService: dos,
          totalCents: total,
        })
        if (next() < 0.2) continue
        const line = { patientId, visitId, claimId, date: addDays(dos, 10 + pick(120)) }
        const paid = Math.round(total * 0.5)
        const pr = next() < 0.5 ? 500 : 0
        const payment = r.entry({ ...line, kind: 'insurance_payment', ins: -paid })
        r.entry({ ...line, kind: 'contractual', ins: -(total - paid - pr), group: 'CO' })
        if (pr) r.entry({ ...line, kind: 'patient_responsibility', ins: -pr, pat: pr })
        if (pr && next() < 0.5)
          r.entry({
            ...line,
            kind: 'patient_payment',
            date: addDays(line.date, pick(60)),
            pat: -pr,
          })
        // Some payments are taken back later (a CLP02 22 reversal), some dated after the others.
        if (next() < 0.15)
          reverseEntries(db, [payment], {
            user: 'test',
            at: '2026-09-01T10:00:00.000Z',
            effectiveDate: addDays(line.date, pick(90)),
            source: 'test',
          })
      }
      // Money on account, applied to no visit: never aged.
      r.entry({ kind: 'patient_payment', date: '2026-03-03', patientId: patients[0]!, pat: -700 })
    })()
  })
  afterAll(() => p.close())

  const lines = () =>
    p.office.store.db
      .prepare(
        'SELECT id, visit_id, effective_date, insurance_cents, patient_cents FROM ledger_entries',
      )
      .all() as Line[]

  /** Every visit's balance as of a date, added up from every line (the old full scan). */
  function reference(asOf: string) {
    const sums = new Map<number, { ins: number; pat: number }>()
    for (const l of lines()) {
      if (l.visit_id === null || l.effective_date > asOf) continue
      const s = sums.get(l.visit_id) ?? { ins: 0, pat: 0 }
      s.ins += l.insurance_cents
      s.pat += l.patient_cents
      sums.set(l.visit_id, s)
    }
    return [...sums.entries()]
      .filter(([, s]) => s.ins !== 0 || s.pat !== 0)
      .map(([visitId, s]) => [visitId, s.ins, s.pat])
      .sort((a, b) => a[0]! - b[0]!)
  }

  it('keeps each visit’s balance equal to the sum of its ledger lines', () => {
    const db = p.office.store.db
    const kept = db
      .prepare('SELECT visit_id, insurance_cents, patient_cents FROM visit_balances')
      .all() as { visit_id: number; insurance_cents: number; patient_cents: number }[]
    const sums = new Map<number, [number, number]>()
    for (const l of lines()) {
      if (l.visit_id === null) continue
      const s = sums.get(l.visit_id) ?? [0, 0]
      sums.set(l.visit_id, [s[0] + l.insurance_cents, s[1] + l.patient_cents])
    }
    expect(kept).toHaveLength(sums.size)
    for (const k of kept) expect([k.insurance_cents, k.patient_cents]).toEqual(sums.get(k.visit_id))
  })

  const dates = ['2025-12-31', '2026-02-15', '2026-04-01', '2026-06-30', '2026-09-30', '2027-06-30']

  it.each(dates)('finds exactly the visits owing as of %s, with their amounts', (asOf) => {
    const db = p.office.store.db
    const got = allRows(db, openVisits(db, asOf, 'service', false))
      .map((r) => [r.visit_id, r.ins, r.pat])
      .sort((a, b) => a[0]! - b[0]!)
    expect(got).toEqual(reference(asOf))
  })

  it.each(dates)('totals the aging as of %s to the same sums, by payer and by patient', (asOf) => {
    const db = p.office.store.db
    const total = reference(asOf).reduce((s, [, ins, pat]) => s + ins! + pat!, 0)
    for (const by of ['payer', 'patient'] as const) {
      const r = agingReport(db, { by, asOf, agedFrom: 'billed' })
      expect(r.totals.totalCents).toBe(total)
      expect(r.openVisits).toBe(reference(asOf).length)
    }
  })
})
