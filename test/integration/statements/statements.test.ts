import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guarantorAccounts, statementContent } from '../../../src/main/statements/content'
import { statementPdf } from '../../../src/main/statements/pdf'
import {
  archivedStatementPdf,
  collectionsReviews,
  previewRun,
  runStatements,
  statementHistory,
} from '../../../src/main/statements/run'
import { patientLedger } from '../../../src/main/ledger/patientLedger'
import { tempDir } from '../../support/temp'
import { HAS_PDFTOTEXT, pdfPages } from '../print/pdfWords'
import { STATEMENT_DATE, statementPractice, type StatementPractice } from './statement-practice'

function pdfText(pdf: Buffer): string {
  const dir = tempDir('claimdesk-stmt-')
  try {
    const file = join(dir.path, 's.pdf')
    writeFileSync(file, pdf)
    const out = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    return out.stdout
  } finally {
    dir.remove()
  }
}

const by = { user: 'ann.admin', at: '2026-03-02T15:30:00.000Z' }

describe.skipIf(!HAS_PDFTOTEXT)('patient statements', () => {
  let p: StatementPractice
  beforeAll(async () => {
    p = await statementPractice()
  }, 60_000)
  afterAll(() => p.close())

  const accountOf = (patientId: number) => {
    const a = guarantorAccounts(p.office.store.db).find((x) =>
      x.patients.some((y) => y.id === patientId),
    )
    if (!a) throw new Error('no account')
    return a
  }

  it('prints amounts equal to the ledger, why the patient owes, and pending as pending', async () => {
    const db = p.office.store.db
    const c = statementContent(db, accountOf(p.alice), STATEMENT_DATE)
    const ledger = patientLedger(db, p.alice)
    expect(c.amountDueCents).toBe(ledger.patientBalanceCents)
    expect(c.amountDueCents).toBe(4500)
    expect(c.whyYouOwe.map((w) => [w.words.split(':')[0], w.cents])).toEqual([
      ['Deductible', 2500],
      ['Coinsurance', 2000],
      ['Copay', 1000],
    ])
    expect(c.aging.over90Cents).toBe(4500)
    const text = pdfText(await statementPdf(c))
    expect(text).toContain('$45.00')
    expect(text).toContain('Deductible')
    expect(text).toContain('Coinsurance')
    expect(text).toContain('Copay')
    expect(text).toContain('Office visit (99213)')
    expect(text).toContain('Blood draw (36415)')
    expect(text).toContain('Amount enclosed')
    expect(text).toContain('(217) 555-0100')
    expect(text).not.toMatch(/card number:|CVV/i)
    expect(text).toContain('more than 90 days old')
    expect(text).toContain('62701-0100')
  })

  it('puts a family on one statement with the pending visit shown as pending', async () => {
    const db = p.office.store.db
    const account = accountOf(p.childOne)
    expect(account.patients.map((x) => x.id).sort()).toEqual([p.childOne, p.childTwo].sort())
    const c = statementContent(db, account, STATEMENT_DATE)
    expect(c.patients.map((x) => x.name)).toEqual(['Carla Testpatient', 'Dylan Testpatient'])
    expect(c.amountDueCents).toBe(3000)
    expect(c.insurancePendingCents).toBe(12500)
    expect(c.mailTo[0]).toBe('BERNARD PARENTGUARANTOR')
    const text = pdfText(await statementPdf(c))
    expect(text).toContain('Carla Testpatient')
    expect(text).toContain('Dylan Testpatient')
    expect(text).toMatch(/Insurance pending: \$125\.00/)
    expect(text).toContain('$30.00')
  })

  it('previews, skips holds, pending-only, small balances, then runs, archives and keeps history', async () => {
    const db = p.office.store.db
    const preview = previewRun(db, { statementDate: STATEMENT_DATE })
    expect(preview.statements.map((s) => s.guarantor)).toEqual([
      'Bernard Parentguarantor',
      'Alice Testpatient',
    ])
    expect(preview.totalDueCents).toBe(7500)
    const reasons = Object.fromEntries(preview.skipped.map((s) => [s.guarantor, s.reason]))
    expect(reasons['Hal Testholden']).toMatch(/hold/)
    expect(reasons['Pat Testpending']).toMatch(/pending/)
    expect(reasons['Sam Testsmall']).toMatch(/minimum/)
    expect(
      previewRun(db, { statementDate: STATEMENT_DATE, fromName: 'A', toName: 'O' }).count,
    ).toBe(0)
    // Billing cycle day: the day of the account's oldest visit still owing (Alice 11/20/2025;
    // the family's oldest is Dylan's 01/15/2026).
    const cycle = (cycleDay: number) =>
      previewRun(db, { statementDate: STATEMENT_DATE, cycleDay }).statements.map((s) => s.guarantor)
    expect(cycle(20)).toEqual(['Alice Testpatient'])
    expect(cycle(15)).toEqual(['Bernard Parentguarantor'])
    expect(cycle(3)).toEqual([])

    await expect(
      runStatements(db, { statementDate: STATEMENT_DATE }, by, () => true),
    ).rejects.toThrow(/cancelled/)
    expect(statementHistory(db, accountOf(p.alice).patients[0]!.account_no)).toEqual([])

    const run = await runStatements(db, { statementDate: STATEMENT_DATE }, by)
    expect(run.printed.map((s) => s.amountDueCents)).toEqual([3000, 4500])
    // For review: STATEMENT_SAMPLE_PDF=/tmp/run.pdf keeps the run's PDF to look at.
    if (process.env.STATEMENT_SAMPLE_PDF) writeFileSync(process.env.STATEMENT_SAMPLE_PDF, run.pdf)
    const text = pdfText(run.pdf)
    expect(text).toContain('BERNARD PARENTGUARANTOR')
    expect(text).toContain('ALICE TESTPATIENT')
    const history = statementHistory(db, accountOf(p.childTwo).patients[1]!.account_no)
    expect(history).toHaveLength(1)
    expect(history[0]!.amountDueCents).toBe(3000)
    expect(pdfText(archivedStatementPdf(db, history[0]!.id))).toContain('Dylan Testpatient')
    // Each archived copy is exactly its pages of the run's PDF: same words in the same places.
    const runPages = pdfPages(run.pdf)
    let page = 0
    for (const s of run.printed) {
      const id = statementHistory(db, s.account)[0]!.id
      expect(pdfPages(archivedStatementPdf(db, id))).toEqual(runPages.slice(page, page + s.pages))
      page += s.pages
    }
    expect(page).toBe(runPages.length)

    // Billed within 28 days: skipped next time.
    const again = previewRun(db, { statementDate: '2026-03-20' })
    expect(again.count).toBe(0)
    // After three statements with no payment, flagged for collections review.
    await runStatements(db, { statementDate: '2026-04-02' }, by)
    const third = await runStatements(db, { statementDate: '2026-05-02' }, by)
    expect(third.flaggedForCollections.sort()).toEqual(
      [...new Set(run.printed.map((s) => s.account))].sort(),
    )
    expect(collectionsReviews(db)).toHaveLength(2)
  })

  it('offers preview, settings and history through the router', async () => {
    const preview = await p.call(p.admin, 'statements.preview', { statementDate: '2026-03-02' })
    expect(preview.statements.length).toBeGreaterThanOrEqual(0)
    const settings = await p.call(p.admin, 'statements.settings.update', {
      dunning: {
        current: 'Thanks!',
        d30: 'Thirty.',
        d60: 'Sixty.',
        d90: 'Ninety.',
        d120: 'Please call us.',
      },
    })
    expect(settings.minBalanceCents).toBe(500)
    expect((await p.call(p.admin, 'statements.settings.get', {})).dunning.d90).toBe('Ninety.')
    const c = statementContent(p.office.store.db, accountOf(p.alice), STATEMENT_DATE)
    expect(c.message).toBe('Ninety.')
  })

  it('a run with no qualifying accounts prints nothing and saves nothing', async () => {
    const db = p.office.store.db
    const run = await runStatements(
      db,
      { statementDate: STATEMENT_DATE, minBalanceCents: 10_000_00 },
      by,
    )
    expect(run.count).toBe(0)
    expect(run.runId).toBeNull()
    expect(pdfText(run.pdf)).toContain('No accounts qualified')
  })
})
