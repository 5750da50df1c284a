import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { claimForPrint } from '../../../src/main/claims'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from './claim-practice'

describe('claimForPrint: the CMS-1500 seam', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it('gives the printer the claim in the 837 model, with what only the paper form shows', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(patientId, {
      lines: [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })],
    })
    const [claim] = (await p.bill(visitId)).claims
    const form = claimForPrint(p.office.store.db, claim!.claimId)
    expect(form.claim.claim).toMatchObject({
      patientControlNumber: claim!.patientControlNumber,
      totalChargeCents: 15000,
      placeOfService: '11',
      diagnoses: ['E119', 'I10'],
    })
    expect(form.claim.lines.map((l) => [l.procedureCode, l.chargeCents])).toEqual([
      ['99213', 12500],
      ['36415', 2500],
    ])
    expect(form.billing).toMatchObject({ name: 'Fake Family Practice LLC', ein: '123456789' })
    expect(form).toMatchObject({
      renderingSignature: 'Alice Testdoctor MD',
      billingPhone: '2175550100',
      patientPhone: '2175550142',
      federalTaxId: '123456789',
    })
  })
})
