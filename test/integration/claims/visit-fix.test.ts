import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from './claim-practice'

describe('fixing a claim’s finding on its visit', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  async function heldClaim() {
    const strict = await p.payer({
      name: 'Strict Auth Plan (FAKE)',
      clearinghousePayerId: 'FAKE003',
      requiresPriorAuthorization: true,
    })
    const visitId = await p.codedVisit(await p.patient([coverage(strict)]))
    const [claim] = (await p.bill(visitId)).claims
    return { visitId, claimId: claim!.claimId }
  }

  it('a prior authorization typed on the billed visit reaches its unsent claim at once', async () => {
    const { visitId, claimId } = await heldClaim()
    const { visit } = await p.run('visits.get', { visitId })
    const saved = await p.run('visits.save', {
      visitId,
      visit: { ...visit, priorAuthorization: 'AUTH12345' },
    })
    expect(saved.status).toBe('billed')
    const claim = await p.run('claims.get', { claimId })
    expect(claim.findings).toEqual([])
    expect(claim.status).toBe('ready')
  })

  it('keeps codes and lines of a billed visit on its claim', async () => {
    const { visitId } = await heldClaim()
    const { visit } = await p.run('visits.get', { visitId })
    const r = await p.ask(p.admin, 'visits.save', {
      visitId,
      visit: {
        ...visit,
        lines: [...visit.lines, officeVisit({ code: '36415', chargeCents: 2500 })],
      },
    })
    expect(r.ok ? '' : r.error.message).toMatch(/change its codes and lines on the claim/)
  })

  it('refuses to change the visit once its claim is queued', async () => {
    const visitId = await p.codedVisit(await p.patient([coverage(p.payerId)]))
    const [claim] = (await p.bill(visitId)).claims
    await p.run('claims.queue', { claimIds: [claim!.claimId] })
    const { visit } = await p.run('visits.get', { visitId })
    const r = await p.ask(p.admin, 'visits.save', {
      visitId,
      visit: { ...visit, priorAuthorization: 'LATE1' },
    })
    expect(r.ok ? '' : r.error.message).toMatch(/already queued or sent: correct the claim instead/)
  })
})
