import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_ENV, runCli } from '../../support/cli'
import { statementPractice, type StatementPractice } from '../statements/statement-practice'

describe('claimdesk plans', { timeout: 240_000 }, () => {
  let p: StatementPractice
  let account = ''
  const cli = (...args: string[]) => runCli(p.dir, args, ADMIN_ENV)

  beforeAll(async () => {
    p = await statementPractice()
    account = (await p.run('ledger.patient', { patientId: p.alice })).accountNo
    p.office.close()
  }, 120_000)
  afterAll(() => p.close())

  it('creates, lists, shows and ends a plan', () => {
    const bad = cli(
      'plans',
      'create',
      account,
      '--frequency',
      'monthly',
      '--first-due',
      '2099-01-31',
    )
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/--installment-cents N or --installments N/)

    const made = cli(
      'plans',
      'create',
      account,
      '--installment-cents',
      '2000',
      '--frequency',
      'monthly',
      '--first-due',
      '2099-01-31',
      '--down-payment-cents',
      '500',
    )
    expect(made.code, made.err).toBe(0)
    expect(made.out).toContain('plan #1 for $45.00, monthly')
    expect(made.out).toMatch(/#1\s+2099-01-31\s+\$20\.00/)
    expect(made.out).toMatch(/#2\s+2099-02-28\s+\$20\.00/)

    const again = cli(
      'plans',
      'create',
      account,
      '--installments',
      '3',
      '--frequency',
      'weekly',
      '--first-due',
      '2099-01-31',
    )
    expect(again.code).not.toBe(0)
    expect(again.err).toMatch(/already has an active payment plan/)

    const list = JSON.parse(cli('plans', 'list', '--json').out) as {
      accountNo: string
      totalCents: number
    }[]
    expect(list.map((x) => [x.accountNo, x.totalCents])).toEqual([[account, 4500]])

    const shown = JSON.parse(cli('plans', 'show', account, '--json').out) as {
      active: { items: { amountCents: number; status: string }[] }
    }
    expect(shown.active.items.map((i) => i.amountCents)).toEqual([500, 2000, 2000])

    const ended = cli('plans', 'end', account, '--reason', 'Paid by a relative')
    expect(ended.code, ended.err).toBe(0)
    expect(ended.out).toContain('ended (Paid by a relative)')
    expect(cli('plans', 'show', account).out).toContain('has no active payment plan')
    expect(cli('plans', 'list').out).toContain('0 plans')

    const weird = cli(
      'plans',
      'create',
      account,
      '--installments',
      '3',
      '--frequency',
      'yearly',
      '--first-due',
      '2099-01-31',
    )
    expect(weird.err).toMatch(/weekly, biweekly or monthly/)
  })
})
