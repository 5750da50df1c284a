import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_ENV, runCli } from '../../support/cli'
import { newPractice, type TestPractice } from '../../support/practice'
import { buildReportLedger } from './report-ledger'

describe('claimdesk reports', { timeout: 300_000 }, () => {
  let p: TestPractice
  const cli = (...args: string[]) => runCli(p.dir, args, ADMIN_ENV)
  beforeAll(async () => {
    p = await newPractice()
    buildReportLedger(p.office.store.db)
    p.office.close()
  })
  afterAll(() => p.close())

  it('prints the aging as JSON in cents, as CSV, and as a table', () => {
    const json = cli('reports', 'aging', '--as-of', '2026-06-30', '--json')
    expect(json.code).toBe(0)
    const r = JSON.parse(json.out) as { totals: { all: number[]; totalCents: number } }
    expect(r.totals).toMatchObject({ all: [10000, 5000, 9000, 4000, 5000], totalCents: 33000 })

    const byPatient = cli('reports', 'aging', '--by', 'patient', '--as-of', '2026-06-30', '--csv')
    expect(byPatient.code).toBe(0)
    expect(byPatient.out).toContain(
      '"Testpatient, Alice",1001,all,100.00,50.00,90.00,0.00,0.00,240.00',
    )

    const table = cli('reports', 'aging', '--as-of', '2026-06-30', '--from-billed')
    expect(table.out).toMatch(/aged from first billed date/)
    expect(table.out).toMatch(/Acme Health \(FAKE\)\s+\$100\.00\s+\$120\.00/)
  })

  it('prints the KPIs and a day sheet', () => {
    const kpis = cli('reports', 'kpis', '--from', '2026-06-01', '--to', '2026-06-30', '--json')
    expect(kpis.code).toBe(0)
    const k = JSON.parse(kpis.out) as { current: { daysInAr: number; arCents: number } }
    expect(k.current).toMatchObject({ daysInAr: 82.5, arCents: 33000 })

    const day = cli('reports', 'daysheet', '--date', '2026-06-25')
    expect(day.code).toBe(0)
    expect(day.out).toMatch(/Received \$75\.00, applied \$50\.00, unapplied \$25\.00/)
  })

  it('writes a report as PDF with --pdf', () => {
    const file = join(p.dir, 'kpis.pdf')
    const made = cli('reports', 'kpis', '--from', '2026-06-01', '--to', '2026-06-30', '--pdf', file)
    expect(made.code).toBe(0)
    expect(made.out).toContain(`Wrote ${file}`)
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    const day = join(p.dir, 'day.pdf')
    expect(cli('reports', 'daysheet', '--date', '2026-06-25', '--pdf', day).code).toBe(0)
    expect(readFileSync(day).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('refuses a date it cannot read, saying how to write it', () => {
    const bad = cli('reports', 'daysheet', '--date', '06/25/2026')
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/YYYY-MM-DD/)
    const by = cli('reports', 'aging', '--by', 'clinic')
    expect(by.code).not.toBe(0)
    expect(by.err).toMatch(/payer or patient/)
  })
})
