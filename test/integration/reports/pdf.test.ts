import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportPdf } from '../../../src/main/reports/pdf'
import { printedPractice } from '../../../src/main/statements/content'
import { newPractice, type TestPractice } from '../../support/practice'
import { HAS_PDFTOTEXT, pdfLayoutText } from '../print/pdfWords'
import { buildReportLedger } from './report-ledger'

describe.skipIf(!HAS_PDFTOTEXT)('reports as print-ready PDF', () => {
  let p: TestPractice
  beforeAll(async () => {
    p = await newPractice()
    buildReportLedger(p.office.store.db)
  })
  afterAll(() => p.close())

  const asOf = '2026-06-30'
  const pdf = (base64: string) => Buffer.from(base64, 'base64')

  it('prints the aging with the practice, the title, dollars equal to the report and page numbers', async () => {
    const aging = { by: 'payer' as const, asOf, agedFrom: 'service' as const }
    const made = await p.call(p.admin, 'reports.pdf', { report: 'aging', aging })
    expect(made.fileName).toBe('aging-by-payer-2026-06-30.pdf')
    const text = pdfLayoutText(pdf(made.pdfBase64))
    expect(text).toContain(printedPractice(p.office.store.db).name)
    expect(text).toContain('A/R aging as of 06/30/2026, aged from date of service')
    expect(text).toMatch(/Printed \d{2}\/\d{2}\/\d{4}/)
    const r = await p.call(p.admin, 'reports.aging', aging)
    // The report says 220.00 owed by Acme and 330.00 in all, in cents.
    expect(r.rows[0]).toMatchObject({ label: 'Acme Health (FAKE)', totalCents: 22000 })
    expect(text).toMatch(
      /Acme Health \(FAKE\)\s+insurance\s+\$100\.00\s+\$30\.00\s+\$90\.00\s+\$0\.00\s+\$0\.00\s+\$220\.00/,
    )
    expect(text).toMatch(
      /Total\s+all\s+\$100\.00\s+\$50\.00\s+\$90\.00\s+\$40\.00\s+\$50\.00\s+\$330\.00/,
    )
    expect(text).toContain('Page 1 of 1')
  })

  it('prints the KPIs with both periods and their definitions, and a day sheet', async () => {
    const period = { from: '2026-06-01', to: '2026-06-30' }
    const kpis = pdfLayoutText(
      pdf((await p.call(p.admin, 'reports.pdf', { report: 'kpis', period })).pdfBase64),
    )
    expect(kpis).toContain('Key figures 06/01/2026 to 06/30/2026')
    expect(kpis).toMatch(/Days in A\/R\s+82\.5/)
    expect(kpis).toContain('Net collection rate')
    expect(kpis).toMatch(/\(payments - refunds\)/)
    const day = pdfLayoutText(
      pdf(
        (await p.call(p.admin, 'reports.pdf', { report: 'daysheet', date: '2026-06-25' }))
          .pdfBase64,
      ),
    )
    expect(day).toContain('Day sheet 06/25/2026')
    expect(day).toMatch(/Received\s+\$75\.00\s+\$50\.00/)
  })

  it('repeats the header row on each page a long table runs onto, numbering every page', async () => {
    const rows = [
      ['Patient', 'Account', 'Balance', '0-30', 'Total'],
      ...Array.from({ length: 90 }, (_, i) => [
        `Testpatient, Row${i}`,
        String(9000 + i),
        'all',
        '12.50',
        '12.50',
      ]),
    ]
    const text = pdfLayoutText(
      await reportPdf(
        { title: 'A/R aging as of 2026-06-30', rows },
        { practice: { name: 'Fake Family Practice', lines: [], phone: '' }, printedAt: 'now' },
      ),
    )
    const pages = text.split('\f').filter((t) => t.trim() !== '')
    expect(pages.length).toBeGreaterThanOrEqual(2)
    pages.forEach((page, i) => {
      expect(page).toContain('Fake Family Practice')
      expect(page).toMatch(/Patient\s+Account\s+Balance\s+0-30\s+Total/)
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`)
    })
    expect(text).toContain('Testpatient, Row89')
  })

  it('is refused to the front desk, like the CSV', async () => {
    const desk = await p.staff('front_desk', 'fran.pdf')
    const r = await p.ask(desk, 'reports.pdf', { report: 'aging' })
    expect(r.ok).toBe(false)
  })
})
