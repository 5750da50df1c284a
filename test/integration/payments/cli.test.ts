import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_ENV, runCli } from '../../support/cli'
import { claimPractice, type ClaimPractice } from '../claims/claim-practice'

// Each command is a fresh tsx process: seconds apiece on a busy machine.
describe('claimdesk ledger, payments and deposits', { timeout: 240_000 }, () => {
  let p: ClaimPractice
  let account = ''
  let visitId = 0
  const cli = (...args: string[]) => runCli(p.dir, args, ADMIN_ENV)

  beforeAll(async () => {
    p = await claimPractice(() => new Date())
    const patientId = await p.patient([])
    visitId = await p.codedVisit(patientId)
    await p.bill(visitId)
    account = (await p.run('ledger.patient', { patientId })).accountNo
    p.office.close()
  })
  afterAll(() => p.close())

  it('takes a cash payment in dollars and shows it on the patient ledger', () => {
    const add = cli(
      'payments',
      'add',
      '--account',
      account,
      '--amount',
      '25.10',
      '--method',
      'cash',
    )
    expect(add.err).toBe('')
    expect(add.code).toBe(0)
    expect(add.out).toMatch(
      /applied \$25\.10, on account as credit \$0\.00\. Patient now owes \$99\.90\./,
    )
    const ledger = cli('ledger', 'patient', account, '--json')
    expect(ledger.code).toBe(0)
    const l = JSON.parse(ledger.out) as { patientBalanceCents: number; lines: { kind: string }[] }
    expect(l.patientBalanceCents).toBe(9990)
    expect(l.lines.map((x) => x.kind)).toEqual(['charge', 'patient_payment'])
    const text = cli('ledger', 'patient', account)
    expect(text.out).toMatch(/patient owes \$99\.90; unapplied credit \$0\.00; balance \$99\.90$/m)
  })

  it('refuses card digits beyond the last 4, amounts that are not dollars, and overpaying a visit', () => {
    const card = cli(
      'payments',
      'add',
      '--account',
      account,
      '--amount',
      '10',
      '--method',
      'card',
      '--last4',
      '4111111111111111',
    )
    expect(card.code).toBe(1)
    expect(card.err).toMatch(/Enter only the last 4 digits of the card/)
    const bad = cli('payments', 'add', '--account', account, '--amount', '1e3', '--method', 'cash')
    expect(bad.code).toBe(1)
    expect(bad.err.trim()).toBe('--amount 1e3: write dollars and cents, like 25.00.')
    const over = cli(
      'payments',
      'add',
      '--account',
      account,
      '--amount',
      '500.00',
      '--method',
      'check',
      '--check',
      '77',
      '--visit',
      String(visitId),
    )
    expect(over.code).toBe(1)
    expect(over.err).toMatch(/owes \$99\.90 on visit/)
  })

  it('pays a chosen visit by card and lists payments', () => {
    const add = cli(
      'payments',
      'add',
      '--account',
      account,
      '--amount',
      '9.90',
      '--method',
      'card',
      '--last4',
      '4242',
      '--visit',
      String(visitId),
    )
    expect(add.err).toBe('')
    const list = cli('payments', 'list')
    expect(list.code).toBe(0)
    expect(list.out).toMatch(/card 4242 +\$9\.90/)
    expect(list.out).toMatch(/^2 payments, \$35\.00$/m)
    const json = JSON.parse(cli('payments', 'list', '--json').out) as { totalCents: number }
    expect(json.totalCents).toBe(3500)
  })

  it('deposits the payments and lists the deposit with totals by method', () => {
    const made = cli('deposits', 'create', '--bank-ref', 'SLIP-1')
    expect(made.err).toBe('')
    expect(made.out).toMatch(
      /2 payments; cash \$25\.10, checks \$0\.00 \(0\), cards \$9\.90; total \$35\.00/,
    )
    const list = cli('deposits', 'list')
    expect(list.out).toMatch(
      /cash \$25\.10 +checks \$0\.00 \(0\) +cards \$9\.90 +total \$35\.00 +ref SLIP-1/,
    )
    const json = JSON.parse(cli('deposits', 'list', '--json').out) as {
      rows: { totalCents: number }[]
    }
    expect(json.rows[0]!.totalCents).toBe(3500)
  })
})
