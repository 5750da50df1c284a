import { describe, expect, it } from 'vitest'
import { cms1500FromClaim837, fillCms1500 } from '../../../../../src/main/print/cms1500'
import type { BillingProvider, Claim837 } from '../../../../../src/main/x12/claim837'
import { cents } from '../../../../../src/shared/money'
import { BILLING_NPI, RENDERING_NPI } from '../../../../fixtures/print/cms1500Claims'

const billing: BillingProvider = {
  name: 'Maple Family Medicine PC',
  npi: BILLING_NPI,
  taxonomy: '207Q00000X',
  ein: '12-3456789',
  address: { line1: '100 Maple Ave', city: 'Springfield', state: 'IL', zip: '62701-1234' },
}

const home = { line1: '12 Elm St', city: 'Springfield', state: 'IL', zip: '62704' }

/** A corrected claim for a child, to the secondary plan after the primary paid 80.00. */
function secondaryChildClaim(): Claim837 {
  return {
    subscriber: {
      responsibility: 'S',
      relationship: 'child',
      claimFilingIndicator: 'BL',
      memberId: 'SEC998877',
      name: { last: 'Testparent', first: 'Pat' },
      dob: '1979-01-02',
      sex: 'M',
      address: home,
    },
    patient: {
      name: { last: 'Testchild', first: 'Kim' },
      dob: '2015-09-02',
      sex: 'F',
      address: home,
    },
    payer: { name: 'Example Secondary Plan (Fake)', payerId: '99999' },
    claim: {
      patientControlNumber: 'CD1000',
      totalChargeCents: cents(12500),
      placeOfService: '11',
      frequency: '7',
      payerClaimControlNumber: 'PAYERCLM42',
      providerSignatureOnFile: true,
      assignment: 'A',
      benefitsAssigned: true,
      releaseOfInformation: 'Y',
      diagnoses: ['J06.9'],
      dates: { onset: '2025-03-01', initialTreatment: '2025-03-02' },
      renderingProvider: {
        name: { last: 'Doctor', first: 'Jane' },
        npi: RENDERING_NPI,
        taxonomy: '207Q00000X',
      },
    },
    lines: [
      {
        procedureCode: 'J1100',
        chargeCents: cents(12500),
        units: 1,
        diagnosisPointers: [1],
        serviceDate: '2025-03-10',
        drug: { ndc: '00409-4888-02', quantity: 1, unit: 'ML' },
      },
    ],
    otherSubscribers: [
      {
        responsibility: 'P',
        relationship: 'child',
        claimFilingIndicator: 'CI',
        paidCents: cents(8000),
        benefitsAssigned: true,
        releaseOfInformation: 'Y',
        subscriber: { name: { last: 'Testparent', first: 'Pat' }, memberId: 'PRI112233' },
        payer: { name: 'Example Primary Plan (Fake)', payerId: '11111' },
      },
    ],
  }
}

describe('a CMS-1500 from the 837P claim model', () => {
  const form = cms1500FromClaim837(secondaryChildClaim(), billing, { billingPhone: '2175550100' })

  it('puts the subscriber in boxes 4 and 11 and the child in boxes 2, 3 and 6', () => {
    expect(form.insured.id).toBe('SEC998877')
    expect(form.patient.name.last).toBe('Testchild')
    expect(form.patient.relationship).toBe('child')
    expect(form.insuranceType).toBe('group')
  })

  it('reports what the primary paid in box 29, and marks 11d without naming a non-Medigap plan in 9', () => {
    expect(form.otherInsured).toBeUndefined()
    expect(form.anotherPlan).toBe(true)
    expect(form.amountPaidCents).toBe(8000)
    const [page] = fillCms1500(form)
    const fields = page!.placements.map((p) => p.field)
    expect(fields).toContain('anotherPlanYes')
    expect(fields).not.toContain('otherInsuredName')
  })

  it('names a Medigap plan in 9, 9a and 9d', () => {
    const medigap = cms1500FromClaim837(secondaryChildClaim(), billing, {
      billingPhone: '2175550100',
      medigapPayerIds: ['11111'],
    })
    expect(medigap.otherInsured).toEqual({
      name: { last: 'Testparent', first: 'Pat' },
      policyOrGroupNumber: 'PRI112233',
      planName: 'Example Primary Plan (Fake)',
    })
  })

  it('says NONE in box 11 on a Medicare-primary claim, and prints the date in box 31', () => {
    const claim = secondaryChildClaim()
    claim.subscriber = { ...claim.subscriber, responsibility: 'P', claimFilingIndicator: 'MB' }
    const medicare = cms1500FromClaim837(claim, billing, {
      billingPhone: '2175550100',
      physicianSignature: { name: 'Jane Doctor MD', date: '2026-12-06' },
    })
    expect(medicare.insured.groupNumber).toBe('NONE')
    const [page] = fillCms1500(medicare)
    expect(page!.placements.find((p) => p.field === 'insuredGroup')?.text).toBe('NONE')
    expect(page!.placements.find((p) => p.field === 'physicianDate')?.text).toBe('12 06 26')
  })

  it('turns frequency 7 and the payer claim number into box 22', () => {
    expect(form.resubmission).toEqual({ code: '7', originalReference: 'PAYERCLM42' })
  })

  it('carries dates, the rendering NPI, the NDC and the tax ID across, and fills a form', () => {
    expect(form.dates?.currentIllness).toEqual({ date: '2025-03-01', qualifier: '431' })
    expect(form.dates?.other).toEqual({ date: '2025-03-02', qualifier: '454' })
    expect(form.lines[0]!.renderingNpi).toBe(RENDERING_NPI)
    expect(form.lines[0]!.placeOfService).toBe('11')
    expect(form.lines[0]!.ndc).toEqual({ code: '00409-4888-02', unit: 'ML', quantity: 1 })
    expect(form.federalTaxId).toEqual({ kind: 'ein', number: '12-3456789' })
    const [page] = fillCms1500(form)
    expect(page!.placements.find((p) => p.field === '24.1.ndc')?.text).toBe('N400409488802')
  })
})
