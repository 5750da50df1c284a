import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { recordPriorPayment, transition } from '../../../src/main/claims'
import { tokenize } from '../../../src/main/x12/tokenize'
import { validate837 } from '../../../src/main/x12/validate837'
import { cents } from '../../../src/shared/money'
import { claimPractice, coverage, NOW, type ClaimPractice } from './claim-practice'

describe('a secondary claim after the primary adjudicates', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it("goes out with the primary's payment once it is posted, and the file balances", async () => {
    const patientId = await p.patient([
      coverage(p.payerId),
      coverage(p.secondPayerId, { order: 'secondary', memberId: 'SEC55501' }),
    ])
    const visitId = await p.codedVisit(patientId)
    const [primary, secondary] = (await p.bill(visitId)).claims
    await p.run('claims.queue', { claimIds: [primary!.claimId] })
    const sent = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: sent.batchId, file: 'out.837' })
    const db = p.office.store.db
    const era = {
      user: 'ann.admin',
      reason: '835: paid',
      sourceFile: 'remit-0001.835',
      outcome: 'partial' as const,
    }
    transition(db, primary!.claimId, 'adjudicated', era)
    // Adjudicated but its payment not yet on the secondary claim: still held, saying why.
    expect(
      (await p.run('claims.scrub', { claimId: secondary!.claimId })).findings.map((f) => f.ruleId),
    ).toEqual(['secondary.prior-payment'])

    const actor = { user: 'ann.admin', at: new Date(NOW).toISOString() }
    const updated = recordPriorPayment(
      db,
      {
        visitId,
        splitPart: 1,
        responsibility: 'primary',
        adjudication: {
          paidCents: cents(9000),
          adjudicatedOn: '2026-03-01',
          adjustments: [
            { group: 'CO', reason: '45', amountCents: cents(2500) },
            { group: 'PR', reason: '1', amountCents: cents(1000) },
          ],
        },
      },
      actor,
      '2026-03-02',
    )
    expect(updated).toEqual([secondary!.claimId])
    const ready = await p.run('claims.get', { claimId: secondary!.claimId })
    expect(ready).toMatchObject({ status: 'ready', errors: 0 })

    await p.run('claims.queue', { claimIds: [secondary!.claimId] })
    const batch = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
    const text = (await p.run('claims.batchFile', { batchId: batch.batchId })).content
    expect(validate837(text).errors).toEqual([])
    const segments = tokenize(text).segments
    expect(segments.filter((s) => s.id === 'SBR').map((s) => s.elements[1])).toEqual(['S', 'P'])
    expect(segments.find((s) => s.id === 'AMT' && s.elements[1] === 'D')!.elements[2]).toBe('90')
    expect(segments.find((s) => s.id === 'DTP' && s.elements[1] === '573')!.elements[3]).toBe(
      '20260301',
    )
  })
})
