import { describe, expect, it } from 'vitest'
import type { Claim837 } from '../../../../src/main/x12/claim837'
import { tokenize } from '../../../../src/main/x12/tokenize'
import { validate837 } from '../../../../src/main/x12/validate837'
import { transactionSetCount, write837 } from '../../../../src/main/x12/write837'
import { cents } from '../../../../src/shared/money'
import {
  billing,
  CHILD,
  claim,
  FACILITY_NPI,
  line,
  REFERRING_NPI,
  RENDERING_NPI,
  submission,
  subscriber,
} from './sampleClaims'

function write(claims: Claim837[], overrides: Parameters<typeof submission>[0] = {}): string {
  return write837(submission(overrides), billing(), claims)
}

/** Segments as written, without the terminator: 'CLM*CD1000*125***11:B:1*Y*A*Y*Y'. */
function segments(text: string): string[] {
  return tokenize(text).segments.map((s) => s.elements.join('*'))
}

function expectValid(text: string): void {
  expect(validate837(text).errors).toEqual([])
}

describe('837P envelope', () => {
  it('writes a fixed-width ISA with the separators the guide expects', () => {
    const text = write([claim()])
    const isa = text.slice(0, text.indexOf('~') + 1)
    expect(isa).toHaveLength(106)
    expect(isa).toBe(
      'ISA*00*          *00*          *ZZ*CLAIMDESK01    *ZZ*CLEARHOUSE     *250314*0930*^*00501*000000101*0*T*:~',
    )
    expectValid(text)
  })

  it('writes GS*HC, ST and BHT for 005010X222A1 and closes with matching counts', () => {
    const all = segments(write([claim()]))
    expect(all[1]).toBe('GS*HC*CLAIMDESK01*CLEARHOUSE*20250314*0930*201*X*005010X222A1')
    expect(all[2]).toBe('ST*837*0001*005010X222A1')
    expect(all[3]).toBe('BHT*0019*00*0000001010001*20250314*0930*CH')
    const seIndex = all.findIndex((s) => s.startsWith('SE*'))
    expect(all[seIndex]).toBe(`SE*${seIndex - 1}*0001`)
    expect(all.slice(-2)).toEqual(['GE*1*201', 'IEA*1*000000101'])
  })

  it('marks production files P and can ask for a TA1', () => {
    const text = write([claim()], { usage: 'P', requestTa1: true })
    expect(text.slice(0, 106)).toContain('*1*P*:~')
  })

  it('refuses an interchange sender ID longer than ISA06 allows', () => {
    expect(() => write([claim()], { senderId: 'A'.repeat(16) })).toThrow(
      'ISA ISA06 is 16 characters',
    )
  })

  it('refuses a control number outside 1–999999999', () => {
    expect(() => write([claim()], { interchangeControlNumber: 0 })).toThrow(/ISA13/)
    expect(() => write([claim()], { groupControlNumber: 1.5 })).toThrow(/GS06/)
  })

  it('starts another transaction set past the per-transaction claim limit, counting in GE01', () => {
    const claims = Array.from({ length: 5 }, (_, i) =>
      claim({ claim: { patientControlNumber: `CD${i}` } }),
    )
    const text = write837(submission({ transactionControlNumber: 7 }), billing(), claims, {
      maxClaimsPerTransaction: 2,
    })
    const all = segments(text)
    expect(all.filter((s) => s.startsWith('ST*'))).toEqual([
      'ST*837*0007*005010X222A1',
      'ST*837*0008*005010X222A1',
      'ST*837*0009*005010X222A1',
    ])
    expect(all.filter((s) => s.startsWith('HL*1*'))).toHaveLength(3)
    expect(all.at(-2)).toBe('GE*3*201')
    expect(transactionSetCount(5, { maxClaimsPerTransaction: 2 })).toBe(3)
    expectValid(text)
  })
})

describe('837P billing provider, subscriber and claim', () => {
  it('writes an original claim with the patient as subscriber (SBR02 18, no 2000C)', () => {
    const all = segments(write([claim()]))
    expect(all).toContain('HL*1**20*1')
    expect(all).toContain('PRV*BI*PXC*207Q00000X')
    expect(all).toContain('NM1*85*2*MAPLE FAMILY MEDICINE PC*****XX*1234567893')
    expect(all).toContain('N4*SPRINGFIELD*IL*627011234')
    expect(all).toContain('REF*EI*123456789')
    expect(all).toContain('HL*2*1*22*0')
    expect(all).toContain('SBR*P*18*GRP5000******CI')
    expect(all).toContain('NM1*IL*1*RIVERA*ANA*M***MI*XYZ123456789')
    expect(all).toContain('DMG*D8*19800517*F')
    expect(all).toContain('NM1*PR*2*ACME HEALTH PLAN*****PI*87726')
    expect(all).toContain('CLM*CD1000*125***11:B:1*Y*A*Y*Y')
    expect(all).toContain('HI*ABK:J069')
    expect(all).toContain('SV1*HC:99213*125*UN*1***1')
    expect(all).toContain('DTP*472*D8*20250310')
    expect(all.some((s) => s.startsWith('PAT*'))).toBe(false)
  })

  it('puts a dependent patient in 2000C/2010CA under the subscriber', () => {
    const text = write([
      claim({ subscriber: subscriber({ relationship: 'spouse' }), patient: CHILD }),
    ])
    const all = segments(text)
    const sbr = all.findIndex((s) => s.startsWith('SBR*'))
    expect(all[sbr - 1]).toBe('HL*2*1*22*1')
    expect(all[sbr]).toBe('SBR*P**GRP5000******CI')
    const pat = all.indexOf('PAT*01')
    expect(all[pat - 1]).toBe('HL*3*2*23*0')
    expect(all[pat + 1]).toBe('NM1*QC*1*RIVERA*LEO')
    expect(all[pat + 4]).toBe('DMG*D8*20150902*M')
    expect(all[pat + 5]).toMatch(/^CLM\*/)
    expectValid(text)
  })

  it('refuses a dependent claim without the patient, and a self claim with one', () => {
    expect(() => write([claim({ subscriber: subscriber({ relationship: 'child' }) })])).toThrow(
      /Claim 1: 2000C needs the patient/,
    )
    expect(() => write([claim({ patient: CHILD })])).toThrow(/2000C is not used/)
  })

  it('sends the plan name only when there is no group number (SBR04 note)', () => {
    const all = segments(
      write([claim({ subscriber: subscriber({ groupNumber: undefined, planName: 'Gold Plan' }) })]),
    )
    expect(all).toContain('SBR*P*18**GOLD PLAN*****CI')
    const both = segments(write([claim({ subscriber: subscriber({ planName: 'Gold Plan' }) })]))
    expect(both).toContain('SBR*P*18*GRP5000******CI')
  })

  it('writes the pay-to address in 2010AB and refuses a PO box as the billing address', () => {
    const payTo = { line1: 'PO Box 4410', city: 'Springfield', state: 'IL', zip: '62708' }
    const text = write837(submission(), billing({ payToAddress: payTo }), [claim()])
    const all = segments(text)
    expect(all.slice(all.indexOf('NM1*87*2'), all.indexOf('NM1*87*2') + 3)).toEqual([
      'NM1*87*2',
      'N3*PO BOX 4410',
      'N4*SPRINGFIELD*IL*62708',
    ])
    expectValid(text)
    expect(() =>
      write837(submission(), billing({ address: { ...payTo, zip: '627081234' } }), [claim()]),
    ).toThrow('2010AA N301 is a PO box')
  })

  it('refuses a 5-digit ZIP on the billing provider (2010AA N403 needs ZIP+4)', () => {
    const address = { line1: '100 Maple Ave', city: 'Springfield', state: 'IL', zip: '62701' }
    expect(() => write837(submission(), billing({ address }), [claim()])).toThrow(
      '2010AA N403 must be the 9-digit ZIP+4',
    )
  })

  it('refuses an NPI whose check digit is wrong', () => {
    expect(() => write837(submission(), billing({ npi: '1234567890' }), [claim()])).toThrow(
      '2010AA NM109 is not a valid NPI',
    )
  })
})

describe('837P claim variants', () => {
  it('writes a corrected claim (7) with REF*F8 and a void (8) the same way', () => {
    const corrected = claim({
      claim: {
        frequency: '7',
        payerClaimControlNumber: '2025061000123',
        priorAuthorization: 'PA1',
      },
    })
    const voided = claim({
      claim: { patientControlNumber: 'CD1001', frequency: '8', payerClaimControlNumber: 'ICN998' },
    })
    const text = write([corrected, voided])
    const all = segments(text)
    expect(all).toContain('CLM*CD1000*125***11:B:7*Y*A*Y*Y')
    expect(all).toContain('REF*F8*2025061000123')
    expect(all).toContain('REF*G1*PA1')
    expect(all).toContain('CLM*CD1001*125***11:B:8*Y*A*Y*Y')
    expect(all).toContain('REF*F8*ICN998')
    expectValid(text)
  })

  it('refuses a replacement without the payer claim number, and F8 on an original', () => {
    expect(() => write([claim({ claim: { frequency: '7' } })])).toThrow(/REF02 \(F8\) is required/)
    expect(() => write([claim({ claim: { payerClaimControlNumber: 'X1' } })])).toThrow(
      /REF02 \(F8\) is sent only with frequency 7/,
    )
  })

  it('writes the NDC of a drug line in 2410 LIN/CTP', () => {
    const drug = line({
      procedureCode: 'J3420',
      chargeCents: cents(4550),
      drug: { ndc: '00409-1234-01', quantity: 1.5, unit: 'ML' },
    })
    const text = write([claim({ lines: [drug] })])
    const all = segments(text)
    const lin = all.indexOf('LIN**N4*00409123401')
    expect(lin).toBeGreaterThan(0)
    expect(all[lin + 1]).toBe('CTP****1.5*ML')
    expectValid(text)
  })

  it('refuses an NDC that is not 11 digits', () => {
    const drug = line({ drug: { ndc: '0409-1234-1', quantity: 1, unit: 'UN' } })
    expect(() => write([claim({ lines: [drug] })])).toThrow('2410 LIN03 must be 11 digits')
  })

  it('writes the referring provider in 2310A', () => {
    const text = write([
      claim({
        claim: {
          referringProvider: { name: { last: 'Okafor', first: 'Chidi' }, npi: REFERRING_NPI },
        },
      }),
    ])
    expect(segments(text)).toContain(`NM1*DN*1*OKAFOR*CHIDI****XX*${REFERRING_NPI}`)
    expectValid(text)
  })

  it('writes a rendering provider (2310B) and a service facility (2310C) when they differ', () => {
    const text = write([
      claim({
        claim: {
          renderingProvider: {
            name: { last: 'Nguyen', first: 'Thao' },
            npi: RENDERING_NPI,
            taxonomy: '207R00000X',
          },
          serviceFacility: {
            name: 'Maple East',
            address: { line1: '400 Elm St', city: 'Springfield', state: 'IL', zip: '62702-5555' },
            npi: FACILITY_NPI,
          },
        },
      }),
    ])
    const all = segments(text)
    const rendering = all.indexOf(`NM1*82*1*NGUYEN*THAO****XX*${RENDERING_NPI}`)
    expect(all[rendering + 1]).toBe('PRV*PE*PXC*207R00000X')
    const facility = all.indexOf(`NM1*77*2*MAPLE EAST*****XX*${FACILITY_NPI}`)
    expect(all.slice(facility + 1, facility + 3)).toEqual([
      'N3*400 ELM ST',
      'N4*SPRINGFIELD*IL*627025555',
    ])
    expectValid(text)
  })

  it('writes a service facility without an NPI, leaving NM108/NM109 off', () => {
    const text = write([
      claim({
        claim: {
          serviceFacility: {
            name: 'Maple East',
            address: { line1: '400 Elm St', city: 'Springfield', state: 'IL', zip: '627025555' },
          },
        },
      }),
    ])
    expect(segments(text)).toContain('NM1*77*2*MAPLE EAST')
    expectValid(text)
  })

  it('writes diagnoses without dots, principal first, and pointers, modifiers and a line POS', () => {
    const text = write([
      claim({
        lines: [
          line({
            modifiers: ['25', 'GT'],
            diagnosisPointers: [2, 1],
            placeOfService: '02',
            units: 2,
          }),
        ],
        claim: {
          diagnoses: ['E11.65', 'Z79.4'],
          dates: { onset: '2025-01-02', lastSeen: '2024-12-01' },
        },
      }),
    ])
    const all = segments(text)
    expect(all).toContain('HI*ABK:E1165*ABF:Z794')
    expect(all).toContain('SV1*HC:99213:25:GT*125*UN*2*02**2:1')
    expect(all).toContain('DTP*431*D8*20250102')
    expect(all).toContain('DTP*304*D8*20241201')
    expectValid(text)
  })

  it('writes a service date range as RD8', () => {
    const text = write([claim({ lines: [line({ serviceDateEnd: '2025-03-12' })] })])
    expect(segments(text)).toContain('DTP*472*RD8*20250310-20250312')
    expectValid(text)
  })

  it('refuses a pointer to a diagnosis the claim does not have', () => {
    expect(() => write([claim({ lines: [line({ diagnosisPointers: [2] })] })])).toThrow(
      /2400 SV107-1 on line 1 points to no diagnosis/,
    )
  })

  it('refuses more than 12 diagnoses and more than 4 pointers', () => {
    const diagnoses = Array.from({ length: 13 }, (_, i) => `R${String(i + 10)}`)
    expect(() => write([claim({ claim: { diagnoses } })])).toThrow(/at most 12 diagnoses/)
    const pointers = line({ diagnosisPointers: [1, 2, 3, 4, 5] })
    expect(() =>
      write([
        claim({ lines: [pointers], claim: { diagnoses: ['A00', 'A01', 'A02', 'A03', 'A04'] } }),
      ]),
    ).toThrow(/1 to 4 diagnosis pointers/)
  })

  it('refuses a claim whose total is not the sum of its lines', () => {
    expect(() => write([claim({ claim: { totalChargeCents: cents(12400) } })])).toThrow(
      "2300 CLM02 does not equal the sum of the lines' charges",
    )
  })

  it('refuses more than 50 lines: the claims module splits first', () => {
    const lines = Array.from({ length: 51 }, () => line())
    expect(() => write([claim({ lines })])).toThrow(/at most 50 lines/)
    const fifty = Array.from({ length: 50 }, () => line())
    expectValid(write([claim({ lines: fifty })]))
  })

  it('refuses a patient control number over 17 characters', () => {
    expect(() => write([claim({ claim: { patientControlNumber: 'X'.repeat(18) } })])).toThrow(
      /2300 CLM01 is 18 characters/,
    )
  })
})

describe('separators never appear in data', () => {
  it.each([
    [
      'subscriber last name',
      { subscriber: subscriber({ name: { last: 'O*Brien', first: 'Ana' } }) },
      "2010BA NM103 contains '*'",
    ],
    ['member ID', { subscriber: subscriber({ memberId: 'ABC~123' }) }, "2010BA NM109 contains '~'"],
    [
      'payer name',
      { payer: { name: 'Acme: Health', payerId: '87726' } },
      "2010BB NM103 contains ':'",
    ],
    [
      'street',
      {
        subscriber: subscriber({
          address: { line1: '12 Oak^St', city: 'Springfield', state: 'IL', zip: '62704' },
        }),
      },
      "2010BA N301 contains '^'",
    ],
  ])(
    'refuses a %s containing a separator, naming the loop and element',
    (_what, overrides, message) => {
      expect(() => write([claim(overrides as Partial<Claim837>)])).toThrow(message)
    },
  )

  it('refuses a separator in a claim field and says which claim, not whose', () => {
    const bad = claim({ claim: { priorAuthorization: 'PA*1' } })
    expect(() => write([claim(), bad])).toThrow("Claim 2: 2300 REF02 (G1) contains '*'")
  })

  it('refuses a separator in the submitter name', () => {
    expect(() =>
      write([claim()], {
        submitter: { name: 'A~B', id: 'S1', contactName: 'X', phone: '5552013300' },
      }),
    ).toThrow("1000A NM103 contains '~'")
  })

  it('has, for any accepted input, exactly the expected number of elements per segment', () => {
    const text = write([claim()])
    for (const segment of tokenize(text).segments) {
      expect(segment.elements.every((e) => !e.includes('~'))).toBe(true)
    }
  })
})

describe('many subscribers and claims in one file', () => {
  function manyClaims(): Claim837[] {
    const claims: Claim837[] = []
    for (let s = 0; s < 4; s++) {
      const sub = subscriber({ memberId: `MEM${s}`, name: { last: `Person${s}`, first: 'Pat' } })
      for (let c = 0; c < 3; c++) {
        claims.push(claim({ subscriber: sub, claim: { patientControlNumber: `S${s}C${c}` } }))
      }
      const parent = subscriber({ memberId: `FAM${s}`, relationship: 'child' })
      claims.push(
        claim({ subscriber: parent, patient: CHILD, claim: { patientControlNumber: `K${s}` } }),
      )
      claims.push(
        claim({
          subscriber: parent,
          patient: { ...CHILD, name: { last: 'Rivera', first: 'Mia' } },
          claim: { patientControlNumber: `M${s}` },
        }),
      )
    }
    return claims
  }

  it('numbers HLs in order, points each to its parent and groups claims by subscriber', () => {
    const text = write(manyClaims())
    const hls = segments(text).filter((s) => s.startsWith('HL*'))
    // Per family: subscriber-patient level with 3 claims, then a parent level with 2 children.
    expect(hls.slice(0, 6)).toEqual([
      'HL*1**20*1',
      'HL*2*1*22*0',
      'HL*3*1*22*1',
      'HL*4*3*23*0',
      'HL*5*3*23*0',
      'HL*6*1*22*0',
    ])
    expect(hls).toHaveLength(1 + 4 * 4)
    hls.forEach((hl, i) => expect(hl.split('*')[1]).toBe(String(i + 1)))
    expect(segments(text).filter((s) => s.startsWith('CLM*'))).toHaveLength(20)
    expectValid(text)
  })

  it('keeps claims of one subscriber together even when the input interleaves them', () => {
    const a = subscriber({ memberId: 'AAA' })
    const b = subscriber({ memberId: 'BBB' })
    const text = write([
      claim({ subscriber: a, claim: { patientControlNumber: 'A1' } }),
      claim({ subscriber: b, claim: { patientControlNumber: 'B1' } }),
      claim({ subscriber: a, claim: { patientControlNumber: 'A2' } }),
    ])
    const order = segments(text)
      .filter((s) => s.startsWith('CLM*') || s.startsWith('HL*'))
      .map((s) => s.split('*').slice(0, 2).join('*'))
    expect(order).toEqual(['HL*1', 'HL*2', 'CLM*A1', 'CLM*A2', 'HL*3', 'CLM*B1'])
    expectValid(text)
  })

  it('opens a new subscriber level after 100 claims (2300 repeats at most 100 times)', () => {
    const claims = Array.from({ length: 150 }, (_, i) =>
      claim({ claim: { patientControlNumber: `CD${i}` } }),
    )
    const text = write(claims)
    expect(segments(text).filter((s) => s.startsWith('HL*'))).toEqual([
      'HL*1**20*1',
      'HL*2*1*22*0',
      'HL*3*1*22*0',
    ])
    expectValid(text)
  })
})
