import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimPractice, type ClaimPractice } from '../claims/claim-practice'

describe('deposits', () => {
  let p: ClaimPractice
  beforeAll(async () => {
    p = await claimPractice()
  })
  afterAll(() => p.close())

  it('groups the undeposited payments of the day with totals by method that match the slip', async () => {
    const a = await p.patient([])
    const b = await p.patient([])
    const take = (patientId: number, amountCents: number, extra: object) =>
      p.run('payments.collect', {
        patientId,
        amountCents,
        receivedDate: '2026-03-02',
        apply: 'credit',
        ...extra,
      } as Parameters<typeof p.run<'payments.collect'>>[1])
    await take(a, 2000, { method: 'cash' })
    await take(a, 3550, { method: 'check', checkNumber: '101' })
    await take(b, 4025, { method: 'check', checkNumber: '7788' })
    await take(b, 1999, { method: 'card', cardLast4: '0005' })
    const voided = await take(b, 10000, { method: 'cash' })
    await p.run('payments.void', { paymentId: voided.paymentId, reason: 'entered twice' })
    const later = await p.run('payments.collect', {
      patientId: a,
      amountCents: 700,
      method: 'cash',
      receivedDate: '2026-03-03',
      apply: 'credit',
    })

    const d = await p.run('deposits.create', { depositDate: '2026-03-02', bankReference: 'SLIP-9' })
    expect(d).toMatchObject({
      cashCents: 2000,
      checkCents: 7575,
      checkCount: 2,
      cardCents: 1999,
      totalCents: 11574,
      count: 4,
      bankReference: 'SLIP-9',
    })
    expect(d.payments.map((x) => x.amountCents).sort()).toEqual([1999, 2000, 3550, 4025])
    const waiting = await p.run('payments.list', { undeposited: true })
    expect(waiting.rows.map((r) => r.paymentId)).toEqual([later.paymentId])
    const none = await p.ask(p.admin, 'deposits.create', { depositDate: '2026-03-02' })
    expect(none.ok).toBe(false)
    const list = await p.run('deposits.list', {})
    expect(list.rows).toEqual([
      expect.objectContaining({ depositId: d.depositId, totalCents: 11574 }),
    ])
    expect((await p.run('deposits.get', { depositId: d.depositId })).payments).toHaveLength(4)
    // A deposited payment is at the bank: it is not voided from the list.
    const deposited = await p.ask(p.admin, 'payments.void', {
      paymentId: d.payments[0]!.paymentId,
      reason: 'mistake',
    })
    expect(deposited.ok).toBe(false)
  })
})
