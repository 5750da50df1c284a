import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AttentionItem } from '../../../src/shared/ops/dashboard'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

const byId = (items: AttentionItem[]) => new Map(items.map((i) => [i.id, i]))

describe("the dashboard's work for today", () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it('counts coded visits not billed, claims ready to send and visits left uncoded', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const billed = await p.codedVisit(patientId)
    await p.codedVisit(patientId, { lines: [officeVisit({ code: '99214', chargeCents: 18500 })] })
    await p.bill(billed)
    // A visit entered long ago and never coded.
    await p.run('visits.save', {
      visit: {
        patientId,
        dateOfService: '2026-02-02',
        renderingProviderId: p.providerId,
        locationId: p.locationId,
        placeOfService: '11',
        diagnoses: ['I10'],
        lines: [officeVisit()],
      },
    })

    const { today, items } = await p.run('dashboard.today', {})
    expect(today).toBe('2026-03-02')
    const it = byId(items)
    expect(it.get('unbilled')).toMatchObject({ count: 1, tone: 'blue', href: '#/claims' })
    expect(it.get('ready')).toMatchObject({ count: 1, href: '#/claims/outbox' })
    expect(it.get('uncoded')).toMatchObject({ count: 1, tone: 'orange' })
    expect(it.get('rejections')).toMatchObject({ count: 0, tone: 'gray', amountCents: 0 })
    expect(it.get('sync')!.detail).toMatch(/not set up/i)
  })

  it('shows each role only what it may act on', async () => {
    const frontDesk = await p.staff('front_desk', 'fran.desk')
    const { items } = await p.call(frontDesk, 'dashboard.today', {})
    const ids = items.map((i) => i.id)
    expect(ids).toContain('unbilled')
    for (const hidden of ['denials', 'followups', 'ready', 'paper', 'unmatched', 'sync']) {
      expect(ids).not.toContain(hidden)
    }
  })
})
