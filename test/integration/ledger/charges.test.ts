import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { patientBalance, visitLineBalances } from '../../../src/main/ledger/balances'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

describe('charges enter the ledger when a visit is billed', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it('owes an insured visit’s charges to insurance, per visit line, once', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const lines = [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })]
    const visitId = await p.codedVisit(patientId, { lines })
    await p.bill(visitId)
    const db = p.office.store.db
    expect(patientBalance(db, patientId)).toEqual({ insuranceCents: 15000, patientCents: 0 })
    expect([...visitLineBalances(db, visitId)]).toEqual([
      [1, { insuranceCents: 12500, patientCents: 0 }],
      [2, { insuranceCents: 2500, patientCents: 0 }],
    ])
  })

  it('owes a self-pay visit’s charges to the patient, and billing it again adds nothing', async () => {
    const patientId = await p.patient([])
    const visitId = await p.codedVisit(patientId)
    await p.bill(visitId)
    await p.bill(visitId)
    expect(patientBalance(p.office.store.db, patientId)).toEqual({
      insuranceCents: 0,
      patientCents: 12500,
    })
  })
})
