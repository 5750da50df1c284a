import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDemoPractice } from '../../../src/main/demo/practice'
import { visitBalance } from '../../../src/main/ledger/balances'
import { demoContext, openPractice, type TestPractice } from '../registration/fake-practice'

describe('aging on the demo practice', { timeout: 300_000 }, () => {
  let p: TestPractice
  beforeAll(async () => {
    p = await openPractice()
    await buildDemoPractice(demoContext(p), { patients: 60 })
  }, 300_000)
  afterAll(() => p.close())

  it('totals exactly the open balances of the claims’ visits, summed from the ledger', async () => {
    const db = p.office.store.db
    const visitIds = (
      db
        .prepare('SELECT DISTINCT visit_id FROM ledger_entries WHERE visit_id IS NOT NULL')
        .all() as {
        visit_id: number
      }[]
    ).map((r) => r.visit_id)
    let insurance = 0
    let patient = 0
    let open = 0
    for (const id of visitIds) {
      const b = visitBalance(db, id)
      insurance += b.insuranceCents
      patient += b.patientCents
      if (b.insuranceCents !== 0 || b.patientCents !== 0) open++
    }
    expect(open).toBeGreaterThan(10)

    for (const by of ['payer', 'patient'] as const) {
      for (const agedFrom of ['service', 'billed'] as const) {
        const r = await p.ok('reports.aging', { by, agedFrom, asOf: '2099-12-31' })
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
        expect(sum(r.totals.insurance)).toBe(insurance)
        expect(sum(r.totals.patient)).toBe(patient)
        expect(r.totals.totalCents).toBe(insurance + patient)
        expect(sum(r.rows.map((x) => x.totalCents))).toBe(insurance + patient)
        expect(r.openVisits).toBe(open)
      }
    }
    // Every cell's drill-down adds up to the cell.
    const r = await p.ok('reports.aging', { by: 'payer', asOf: '2099-12-31' })
    for (const row of r.rows) {
      const cell = await p.ok('reports.aging.claims', {
        by: 'payer',
        asOf: '2099-12-31',
        id: row.id,
        balance: row.balance,
        limit: 2000,
      })
      const amounts = cell.rows.map((c) =>
        row.balance === 'patient' ? c.patientCents : c.insuranceCents,
      )
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(row.totalCents)
    }
  })
})
