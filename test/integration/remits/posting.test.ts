import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { patientBalance, visitLineBalances } from '../../../src/main/ledger/balances'
import { eraClaim, write835 } from '../../support/era835'
import { officeVisit } from '../claims/claim-practice'
import { remitPractice, type RemitPractice } from './remit-practice'

describe('posting an 835', () => {
  let p: RemitPractice
  beforeEach(async () => {
    p = await remitPractice()
  })
  afterEach(() => p.close())

  it('posts payment, contractual and patient responsibility per line and closes the claim', async () => {
    const lines = [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })]
    const { primary, visitId, patientId } = await p.submitted(lines)
    const db = p.office.store.db
    const claim = eraClaim(db, primary, {
      pay: (_l, i) =>
        i === 0
          ? {
              paidCents: 8000,
              adjustments: [
                { group: 'CO', reason: '45', amountCents: 2500 },
                { group: 'PR', reason: '3', amountCents: 2000 },
              ],
            }
          : {},
    })
    const r = p.importEra(write835({ trace: 'EFT1001', claims: [claim] }))
    expect(r.file.status).toBe('processed')
    expect(r.file.outcome).toMatch(/^Posted 1 payment/)
    expect([...visitLineBalances(db, visitId)]).toEqual([
      [1, { insuranceCents: 0, patientCents: 2000 }],
      [2, { insuranceCents: 0, patientCents: 0 }],
    ])
    expect(patientBalance(db, patientId)).toEqual({ insuranceCents: 0, patientCents: 2000 })
    const got = await p.run('claims.get', { claimId: primary })
    expect(got).toMatchObject({ status: 'closed' })
  })
})
