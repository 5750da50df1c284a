import { describe, expect, it } from 'vitest'
import {
  Cms1500Error,
  fillCms1500,
  insuranceTypeFor,
  type Placement,
} from '../../../../../src/main/print/cms1500'
import { cents } from '../../../../../src/shared/money'
import { CLAIM_FILING_INDICATOR_CODES } from '../../../../../src/shared/validators/claimFilingIndicator'
import { eightLineClaim, sampleClaim, serviceLine } from '../../../../fixtures/print/cms1500Claims'

function text(placements: Placement[], field: string): string | undefined {
  return placements.find((p) => p.field === field)?.text
}

describe('box 1 from the claim filing indicator', () => {
  it('maps Medicare, Medicaid, TRICARE, CHAMPVA and group plans; all else is Other', () => {
    const expected: Record<string, string> = {
      MA: 'medicare',
      MB: 'medicare',
      MC: 'medicaid',
      CH: 'tricare',
      VA: 'champva',
      BL: 'group',
      CI: 'group',
      HM: 'group',
      '12': 'group',
      '13': 'group',
      '14': 'group',
      '15': 'group',
      '16': 'group',
    }
    for (const code of CLAIM_FILING_INDICATOR_CODES) {
      expect(insuranceTypeFor(code), code).toBe(expected[code] ?? 'other')
    }
  })
})

describe('filling the CMS-1500', () => {
  it('puts six service lines on a page; earlier pages say CONTINUED, the last carries the total', () => {
    const pages = fillCms1500(eightLineClaim())
    expect(pages.map((p) => p.totalChargeCents)).toEqual([null, 83600])
    expect(text(pages[0]!.placements, 'totalContinued')).toBe('CONTINUED')
    expect(text(pages[0]!.placements, 'totalDollars')).toBeUndefined()
    expect(text(pages[1]!.placements, 'totalDollars')).toBe('836')
    expect(text(pages[1]!.placements, 'totalContinued')).toBeUndefined()
    expect(text(pages[0]!.placements, '24.6.procedure')).toBe('99211')
    expect(text(pages[1]!.placements, '24.2.procedure')).toBe('99213')
    expect(text(pages[1]!.placements, '24.3.procedure')).toBeUndefined()
  })

  it('prints the amount paid on the last page only, beside the total, so it is never counted twice', () => {
    const claim = { ...eightLineClaim(), amountPaidCents: cents(3000) }
    const [first, second] = fillCms1500(claim)
    expect(text(first!.placements, 'paidDollars')).toBeUndefined()
    expect(text(second!.placements, 'paidDollars')).toBe('30')
  })

  it('writes pointers as letters, primary first, and re-enters the From date under To', () => {
    const claim = sampleClaim({ lines: [serviceLine({ diagnosisPointers: [3, 1, 5] })] })
    const [page] = fillCms1500(claim)
    expect(text(page!.placements, '24.1.pointers')).toBe('CAE')
    expect(text(page!.placements, '24.1.toDay')).toBe('14')
  })

  it('marks NO in 10a–c and 11d when nothing says otherwise', () => {
    const [page] = fillCms1500(sampleClaim())
    const marked = page!.placements.filter((p) => p.text === 'X').map((p) => p.field)
    expect(marked).toEqual(
      expect.arrayContaining([
        'employmentNo',
        'autoAccidentNo',
        'otherAccidentNo',
        'anotherPlanNo',
      ]),
    )
  })

  it('completes 9, 9a and 9d and marks 11d YES when another plan covers the patient', () => {
    const claim = sampleClaim({
      otherInsured: {
        name: { last: 'Testspouse', first: 'Sam' },
        policyOrGroupNumber: 'OTH-77',
        planName: 'Second Example Plan (Fake)',
      },
    })
    const [page] = fillCms1500(claim)
    expect(text(page!.placements, 'otherInsuredName')).toBe('TESTSPOUSE, SAM')
    expect(text(page!.placements, 'anotherPlanYes')).toBe('X')
  })

  it('leaves the sex boxes empty when the sex is unknown', () => {
    const claim = sampleClaim()
    claim.patient = { ...claim.patient, sex: 'U' }
    const [page] = fillCms1500(claim)
    const fields = page!.placements.map((p) => p.field)
    expect(fields).not.toContain('patientSexM')
    expect(fields).not.toContain('patientSexF')
  })
})

describe('claims the form cannot carry', () => {
  it('refuses a 13th diagnosis', () => {
    const diagnoses = Array.from({ length: 13 }, (_, i) => `R${String(10 + i)}`)
    expect(() => fillCms1500(sampleClaim({ diagnoses }))).toThrow(
      'Box 21 holds 12 diagnoses; the claim has 13',
    )
  })

  it('names the line whose pointer has no diagnosis', () => {
    const lines = [serviceLine(), serviceLine({ diagnosisPointers: [9] })]
    expect(() => fillCms1500(sampleClaim({ lines }))).toThrow(
      "Line 2: diagnosis pointer 9 is not one of the claim's 5 diagnoses in box 21",
    )
  })

  it('refuses a charge wider than the 24F dollar column', () => {
    const lines = [serviceLine({ chargeCents: cents(10_000_000) })]
    expect(() => fillCms1500(sampleClaim({ lines }))).toThrow(
      'Box 24 holds 5 characters; the line 1 charge has 6',
    )
  })

  it('refuses to cut an account number the payer must echo back, without printing it', () => {
    const claim = sampleClaim()
    claim.patient = { ...claim.patient, accountNumber: 'ACCT-000000012345' }
    let error: unknown
    try {
      fillCms1500(claim)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(Cms1500Error)
    expect((error as Error).message).toBe(
      'Box 26 holds 14 characters; the patient account number has 17',
    )
  })

  it('cuts a long name to its box, as a typewriter would', () => {
    const claim = sampleClaim()
    claim.patient = {
      ...claim.patient,
      name: { last: 'Testpatientwithaverylongname', first: 'Alice' },
    }
    const [page] = fillCms1500(claim)
    expect(text(page!.placements, 'patientName')).toHaveLength(28)
  })

  it('refuses a claim without service lines', () => {
    expect(() => fillCms1500(sampleClaim({ lines: [] }))).toThrow('no service lines')
  })
})
