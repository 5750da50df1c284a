import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readClaim } from '../../../src/main/claims/records'
import { eraClaim, write835 } from '../../support/era835'
import { remitPractice, type RemitPractice } from './remit-practice'

/** Paid 100.00 of 125.00, the rest contractual: the primary owes nothing more (closed). */
const PAID_IN_FULL = [
  {
    lineNo: 1,
    paidCents: 10000,
    adjustments: [{ group: 'CO' as const, reason: '45', amountCents: 2500 }],
    remarks: [],
  },
]

describe('voiding an insurance check entered by hand', () => {
  let p: RemitPractice
  let checks = 0
  const db = () => p.office.store.db
  const sums = (claimId: number) =>
    db()
      .prepare(
        `SELECT coalesce(sum(insurance_cents), 0) AS ins, coalesce(sum(patient_cents), 0) AS pat
           FROM ledger_entries WHERE claim_id = ? AND payment_id IS NOT NULL`,
      )
      .get(claimId)
  const newCheck = (amountCents: number) => ({
    payerId: p.payerId,
    checkNumber: `90${++checks}`,
    checkDate: '2026-03-01',
    amountCents,
  })
  const post = async (claimId: number, amountCents = 10000) =>
    (
      await p.run('checks.post', {
        check: newCheck(amountCents),
        claims: [{ claimId, lines: PAID_IN_FULL }],
      })
    ).check

  beforeAll(async () => {
    p = await remitPractice()
  })
  afterAll(() => p.close())

  it('reverses what it posted, puts the claim back as owed by the payer, and says so in its history', async () => {
    const c = await p.submitted()
    const check = await post(c.primary)
    expect((await p.run('claims.amounts', { claimId: c.primary })).status).toBe('closed')

    const voided = await p.run('checks.void', {
      paymentId: check.paymentId,
      reason: 'typed on the wrong claim',
    })
    expect(voided).toEqual({ paymentId: check.paymentId, reversedLines: 2, claims: 1 })
    expect(sums(c.primary)).toEqual({ ins: 0, pat: 0 })
    const amounts = await p.run('claims.amounts', { claimId: c.primary })
    expect(amounts).toMatchObject({
      status: 'adjudicated',
      insurancePaidCents: 0,
      balanceCents: 12500,
    })
    const { history } = await p.run('claims.get', { claimId: c.primary })
    expect(history.at(-1)).toMatchObject({
      from: 'closed',
      to: 'adjudicated',
      reason: expect.stringContaining('voided (typed on the wrong claim)'),
    })
    const rows = (await p.run('payments.list', { includeVoided: true })).rows
    expect(rows.find((r) => r.paymentId === check.paymentId)).toMatchObject({
      voided: true,
      voidReason: 'typed on the wrong claim',
    })
    expect(
      (await p.run('checks.list', { open: false })).rows.map((r) => r.paymentId),
    ).not.toContain(check.paymentId)

    // Posted again, right this time: the claim closes once more, and nothing is counted twice.
    await post(c.primary)
    expect(await p.run('claims.amounts', { claimId: c.primary })).toMatchObject({
      status: 'closed',
      insurancePaidCents: 10000,
      balanceCents: 0,
    })
  })

  it('refuses a second void, a check on a deposit, an 835 payment and a patient payment, changing nothing', async () => {
    const c = await p.submitted()
    const check = await post(c.primary)
    await p.run('checks.void', { paymentId: check.paymentId, reason: 'entered twice' })
    await expect(
      p.run('checks.void', { paymentId: check.paymentId, reason: 'again' }),
    ).rejects.toThrow(/was already voided on \d{4}-\d{2}-\d{2} by/)

    const d = await p.submitted()
    const deposited = await post(d.primary)
    await p.run('deposits.create', { paymentIds: [deposited.paymentId] })
    const before = sums(d.primary)
    await expect(
      p.run('checks.void', { paymentId: deposited.paymentId, reason: 'too late' }),
    ).rejects.toThrow(/is on deposit #\d+, already at the bank/)
    expect(sums(d.primary)).toEqual(before)

    const e = await p.submitted()
    const text = write835({
      trace: 'EFT-VOID-1',
      claims: [
        eraClaim(db(), e.primary, { pay: (l) => ({ paidCents: l.chargeCents, adjustments: [] }) }),
      ],
    })
    expect(p.importEra(text).file.status).toBe('processed')
    const eft = db()
      .prepare('SELECT id FROM payments WHERE inbound_file_id IS NOT NULL ORDER BY id DESC')
      .pluck()
      .get() as number
    await expect(p.run('checks.void', { paymentId: eft, reason: 'not ours' })).rejects.toThrow(
      /came in an 835: only the payer can take it back/,
    )
    const cash = await p.run('payments.collect', {
      patientId: e.patientId,
      amountCents: 500,
      method: 'cash',
      apply: 'credit',
    })
    await expect(
      p.run('checks.void', { paymentId: cash.paymentId, reason: 'wrong kind' }),
    ).rejects.toThrow(/is a patient payment/)
  })

  it('holds the secondary claim again when the check that released it is voided, and refuses once it was sent', async () => {
    const c = await p.submitted(undefined, true)
    const secondary = c.secondary!
    const check = await post(c.primary)
    const released = readClaim(db(), secondary)
    expect(released.data.otherPayers[0]?.adjudication?.paidCents).toBe(10000)
    expect(released.status).toBe('ready')

    await p.run('checks.void', { paymentId: check.paymentId, reason: 'wrong claim' })
    const held = readClaim(db(), secondary)
    expect(held.data.otherPayers[0]?.adjudication).toBeUndefined()
    expect(held.status).toBe('draft')

    const again = await post(c.primary)
    expect(readClaim(db(), secondary).status).toBe('ready')
    db().prepare("UPDATE claims SET status = 'submitted' WHERE id = ?").run(secondary)
    await expect(
      p.run('checks.void', { paymentId: again.paymentId, reason: 'wrong claim' }),
    ).rejects.toThrow(/to the secondary payer is .* with this check's payment on it/)
    expect(sums(c.primary)).toEqual({ ins: -12500, pat: 0 })
  })
})
