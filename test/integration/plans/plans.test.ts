import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postEntries } from '../../../src/main/ledger/entries'
import { accountPlans } from '../../../src/main/plans/plan'
import {
  contentContext,
  guarantorAccounts,
  statementContent,
} from '../../../src/main/statements/content'
import { statementPdf } from '../../../src/main/statements/pdf'
import { previewRun } from '../../../src/main/statements/run'
import { tempDir } from '../../support/temp'
import { HAS_PDFTOTEXT } from '../print/pdfWords'
import { statementPractice, type StatementPractice } from '../statements/statement-practice'

function pdfText(pdf: Buffer): string {
  const dir = tempDir('claimdesk-plan-')
  try {
    const file = join(dir.path, 's.pdf')
    writeFileSync(file, pdf)
    return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout
  } finally {
    dir.remove()
  }
}

// The practice's clock says 2026-03-02: the plan starts that day.
describe('payment plans', () => {
  let p: StatementPractice
  let alice = ''
  beforeAll(async () => {
    p = await statementPractice()
    alice = (await p.run('ledger.patient', { patientId: p.alice })).accountNo
  }, 60_000)
  afterAll(() => p.close())

  const db = () => p.office.store.db
  const pay = (amountCents: number, receivedDate: string) =>
    p.run('payments.collect', { patientId: p.alice, amountCents, method: 'cash', receivedDate })
  const standing = (asOf: string) => accountPlans(db(), alice, asOf).active!
  const content = (date: string) => {
    const account = guarantorAccounts(db()).find((a) => a.patients.some((x) => x.id === p.alice))!
    return statementContent(db(), account, date, contentContext(db()))
  }

  it('makes a plan for the whole balance: $5 down, then $10.00 monthly', async () => {
    const preview = await p.run('plans.preview', {
      accountNo: alice,
      downPaymentCents: 500,
      installmentCents: 1000,
      frequency: 'monthly',
      firstDue: '2026-03-31',
    })
    expect(preview.items.map((i) => [i.dueDate, i.amountCents])).toEqual([
      ['2026-03-02', 500],
      ['2026-03-31', 1000],
      ['2026-04-30', 1000],
      ['2026-05-31', 1000],
      ['2026-06-30', 1000],
    ])
    expect(await p.run('plans.list', {})).toEqual([])
    const plan = await p.run('plans.create', {
      accountNo: alice,
      downPaymentCents: 500,
      installmentCents: 1000,
      frequency: 'monthly',
      firstDue: '2026-03-31',
    })
    expect(plan).toMatchObject({ totalCents: 4500, startDate: '2026-03-02', active: true })
    expect(plan.items.map((i) => i.status)).toEqual([
      'due',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ])
  })

  it('allows one active plan per account', async () => {
    const second = await p.ask(p.admin, 'plans.create', {
      accountNo: alice,
      installments: 3,
      frequency: 'weekly',
      firstDue: '2026-03-09',
    })
    expect(second.ok).toBe(false)
    if (!second.ok) expect(second.error.message).toMatch(/already has an active payment plan/)
  })

  it('applies payments to installments oldest first, and flags a missed one', async () => {
    await pay(500, '2026-03-02')
    await pay(1500, '2026-03-20')
    const s = standing('2026-04-10')
    expect(s.items.map((i) => [i.paidCents, i.status])).toEqual([
      [500, 'paid'],
      [1000, 'paid'],
      [500, 'due'],
      [0, 'upcoming'],
      [0, 'upcoming'],
    ])
    expect(s.behind).toBe(false)
    const later = standing('2026-05-05')
    expect(later.items[2]!.status).toBe('missed')
    expect(later.missedCents).toBe(500)
    expect(later.behind).toBe(true)
    expect(later.paidCents + later.remainingCents).toBe(4500)
    expect((await p.run('plans.list', {}))[0]!.accountNo).toBe(alice)
  })

  it.skipIf(!HAS_PDFTOTEXT)(
    'a statement asks for the installment and the missed amount, not the whole balance',
    async () => {
      const c = content('2026-05-05')
      expect(c.plan?.words).toBe('Payment plan: installment of $10.00 due 05/31/2026; $5.00 missed')
      expect(c.amountDueCents).toBe(1500)
      const pdf = await statementPdf(c)
      // For review: PLAN_SAMPLE_PDF=/tmp/plan.pdf keeps the statement to look at.
      if (process.env.PLAN_SAMPLE_PDF) writeFileSync(process.env.PLAN_SAMPLE_PDF, pdf)
      const text = pdfText(pdf)
      expect(text).toContain('Payment plan: installment of $10.00 due 05/31/2026; $5.00 missed')
      expect(text).toMatch(/Amount due\s+\$15\.00/)
      expect(text).toContain('not your whole balance of $25.00')
      // The run prints the same amount due (and sums it into the run's total).
      const run = previewRun(db(), { statementDate: '2026-05-05', skipBilledWithinDays: 0 })
      expect(run.statements.find((x) => x.accountNo === alice)?.amountDueCents).toBe(1500)
    },
  )

  it('does not add a new balance to the plan: it is owed outside the plan', async () => {
    postEntries(
      db(),
      [
        {
          kind: 'charge',
          effectiveDate: '2026-04-01',
          patientId: p.alice,
          insuranceCents: 0,
          patientCents: 2000,
          memo: 'Records copy fee',
        },
      ],
      { user: 'ann.admin', at: '2026-04-01T12:00:00.000Z' },
    )
    const s = standing('2026-04-10')
    expect(s.totalCents).toBe(4500)
    expect(s.remainingCents).toBe(2500)
    expect(s.accountBalanceCents).toBe(4500)
    expect(s.outsideCents).toBe(2000)
    const c = content('2026-04-10')
    expect(c.plan?.words).toBe(
      'Payment plan: installment of $5.00 due 04/30/2026; $20.00 not in the plan',
    )
    expect(c.amountDueCents).toBe(2500)
  })

  it('ends with a reason; the statement then asks for the whole balance', async () => {
    const refused = await p.ask(p.admin, 'plans.end', { accountNo: alice, reason: ' ' })
    expect(refused.ok).toBe(false)
    const ended = await p.run('plans.end', {
      accountNo: alice,
      reason: 'Patient asked to pay in full',
    })
    expect(ended).toMatchObject({ active: false, endReason: 'Patient asked to pay in full' })
    const shown = await p.run('plans.show', { accountNo: alice })
    expect(shown.active).toBeNull()
    expect(shown.past.map((x) => x.endReason)).toEqual(['Patient asked to pay in full'])
    const c = content('2026-04-10')
    expect(c.plan).toBeNull()
    expect(c.amountDueCents).toBe(4500)
    expect(await p.run('plans.list', {})).toEqual([])
    expect(await p.run('plans.list', { all: true })).toHaveLength(1)
  })

  it("a family's plan is the guarantor's account, whichever child's number is given", async () => {
    const child = (await p.run('ledger.patient', { patientId: p.childTwo })).accountNo
    const first = (await p.run('ledger.patient', { patientId: p.childOne })).accountNo
    const plan = await p.run('plans.create', {
      accountNo: child,
      installments: 2,
      frequency: 'biweekly',
      firstDue: '2026-03-16',
      remainder: 'first',
    })
    expect(plan.guarantor).toBe('Bernard Parentguarantor')
    expect(plan.items.map((i) => [i.dueDate, i.amountCents])).toEqual([
      ['2026-03-16', 1500],
      ['2026-03-30', 1500],
    ])
    expect((await p.run('plans.show', { accountNo: first })).active?.id).toBe(plan.id)
  })

  it('refuses a total larger than the account owes, and a viewer cannot make plans', async () => {
    const tooMuch = await p.ask(p.admin, 'plans.create', {
      accountNo: alice,
      totalCents: 999_999,
      installments: 2,
      frequency: 'monthly',
      firstDue: '2026-04-01',
    })
    expect(tooMuch.ok).toBe(false)
    if (!tooMuch.ok) expect(tooMuch.error.message).toMatch(/more than account .* owes \(\$45\.00\)/)
    const viewer = await p.staff('viewer', 'vera.viewer')
    const denied = await p.ask(viewer, 'plans.create', {
      accountNo: alice,
      installments: 2,
      frequency: 'monthly',
      firstDue: '2026-04-01',
    })
    expect(denied.ok).toBe(false)
    expect((await p.ask(viewer, 'plans.list', {})).ok).toBe(true)
  })
})
