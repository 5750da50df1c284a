import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimPractice, coverage, DOS, officeVisit, type ClaimPractice } from './claim-practice'

describe('claims.list', () => {
  let p: ClaimPractice
  let secondPatient: number
  beforeAll(async () => {
    p = await claimPractice()
    const first = await p.patient([coverage(p.payerId)])
    secondPatient = await p.patient([
      coverage(p.secondPayerId),
      coverage(p.payerId, { order: 'secondary' }),
    ])
    await p.bill(await p.codedVisit(first))
    await p.bill(
      await p.codedVisit(first, {
        dateOfService: '2025-12-01',
        lines: [officeVisit({ code: '99214', chargeCents: 18500 })],
      }),
    )
    await p.bill(await p.codedVisit(secondPatient, { dateOfService: '2025-10-15' }))
  })
  afterAll(() => p.close())

  it('lists every claim, newest date of service first, with totals over the whole filter', async () => {
    const all = await p.run('claims.list', {})
    expect(all.count).toBe(4)
    expect(all.totalCents).toBe(12500 + 18500 + 12500 + 12500)
    expect(all.rows.map((r) => r.dateOfService)).toEqual([
      DOS,
      '2025-12-01',
      '2025-10-15',
      '2025-10-15',
    ])
  })

  it('filters by status, payer, patient and provider, and pages', async () => {
    const held = await p.run('claims.list', { status: ['draft'] })
    expect(held.rows.map((r) => r.responsibility)).toEqual(['secondary'])
    expect(held.rows[0]!.errors).toBe(1)
    expect((await p.run('claims.list', { payerId: p.secondPayerId })).count).toBe(1)
    expect((await p.run('claims.list', { patientId: secondPatient })).count).toBe(2)
    expect((await p.run('claims.list', { providerId: p.providerId })).count).toBe(4)
    const page = await p.run('claims.list', { limit: 2, offset: 2 })
    expect(page).toMatchObject({ count: 4 })
    expect(page.rows).toHaveLength(2)
  })

  it('buckets claims by days since the date of service, or since they were sent', async () => {
    // Today is 2026-03-02: the visit of 2026-02-20 is 10 days old, 2025-12-01 is 91, 2025-10-15 is 138.
    const ages = async (bucket: '0-30' | '31-60' | '61-90' | '91-120' | '121+') =>
      (await p.run('claims.list', { age: { from: 'service', bucket } })).count
    expect([
      await ages('0-30'),
      await ages('31-60'),
      await ages('61-90'),
      await ages('91-120'),
      await ages('121+'),
    ]).toEqual([1, 0, 0, 1, 2])
    expect(
      (await p.run('claims.list', { age: { from: 'submission', bucket: '0-30' } })).count,
    ).toBe(0)
    const ready = await p.run('claims.list', { status: ['ready'] })
    await p.run('claims.queue', { claimIds: ready.rows.map((r) => r.claimId) })
    const sent = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: sent.batchId, file: 'out.837' })
    expect(
      (await p.run('claims.list', { age: { from: 'submission', bucket: '0-30' } })).count,
    ).toBe(3)
  })
})
