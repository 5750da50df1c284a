import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validate837, type ValidationError } from '../../../../src/main/x12/validate837'

const FIXTURES = join(import.meta.dirname, '../../../fixtures/x12')
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')
const OFFICE = fixture('office-visits.837p.x12')
const SECONDARY = fixture('secondary-claim.837p.x12')

/** The golden file with `from` replaced by `to` (exactly once). */
function broken(from: string, to: string, text = OFFICE): string {
  expect(text.split(from)).toHaveLength(2)
  return text.replace(from, to)
}

function errors(text: string): ValidationError[] {
  return validate837(text).errors
}

function expectOnly(text: string, expected: Partial<ValidationError>): void {
  const found = errors(text)
  expect(found).toHaveLength(1)
  expect(found[0]).toMatchObject(expected)
}

describe('the validator on hand-broken fixtures (test/fixtures/x12/broken)', () => {
  it('accepts the golden files as written', () => {
    expect(errors(OFFICE)).toEqual([])
    expect(errors(SECONDARY)).toEqual([])
  })

  it('reports a wrong SE segment count', () => {
    expectOnly(fixture('broken/wrong-se-count.x12'), {
      position: 70,
      loop: 'SE',
      segment: 'SE',
      element: 'SE01',
      message: 'SE01 says 67 segments; ST to SE has 68',
    })
  })

  it('reports a patient level pointing at the wrong parent HL', () => {
    const found = errors(fixture('broken/bad-hl-parent.x12'))
    expect(found).toContainEqual(
      expect.objectContaining({
        position: 57,
        loop: '2000C',
        element: 'HL02',
        message: expect.stringContaining('belongs under HL 3'),
      }),
    )
    expect(found.every((e) => e.segment === 'HL')).toBe(true)
  })

  it('reports a subscriber level without its SBR', () => {
    expectOnly(fixture('broken/missing-sbr.x12'), {
      position: 53,
      loop: '2000B',
      segment: 'HL',
      message: 'Loop 2000B is missing its required SBR (Subscriber Information)',
    })
  })

  it('reports a diagnosis pointer to a diagnosis the claim does not have', () => {
    expectOnly(fixture('broken/pointer-to-missing-diagnosis.x12'), {
      loop: '2400',
      segment: 'SV1',
      element: 'SV107-1',
      message: "SV107-1 points to diagnosis 4; the claim's HI has 3",
    })
  })

  it('reports CLM02 that is not the sum of the lines', () => {
    expectOnly(fixture('broken/total-not-sum-of-lines.x12'), {
      position: 24,
      loop: '2300',
      segment: 'CLM',
      element: 'CLM02',
      message: "CLM02 is 225.50 but the lines' SV102 add up to 225.55",
    })
  })
})

describe('envelope checks', () => {
  it('reports an ISA element not padded to its width', () => {
    expect(errors(broken('*ZZ*CLAIMDESK01    *', '*ZZ*CLAIMDESK01*'))).toContainEqual(
      expect.objectContaining({
        loop: 'ISA',
        element: 'ISA06',
        message: expect.stringContaining('exactly 15'),
      }),
    )
  })

  it('reports trailer control numbers that do not match their headers', () => {
    const found = errors(broken('IEA*1*000000101~', 'IEA*1*000000102~'))
    expect(found).toEqual([expect.objectContaining({ element: 'IEA02' })])
    expect(errors(broken('GE*1*201~', 'GE*1*209~'))).toEqual([
      expect.objectContaining({ element: 'GE02' }),
    ])
    expect(errors(broken('SE*68*0001~', 'SE*68*0002~'))).toEqual([
      expect.objectContaining({ element: 'SE02' }),
    ])
  })

  it('reports wrong GE and IEA counts', () => {
    expect(errors(broken('GE*1*201~', 'GE*2*201~'))).toEqual([
      expect.objectContaining({
        element: 'GE01',
        message: 'GE01 says 2 transaction sets; the group has 1',
      }),
    ])
    expect(errors(broken('IEA*1*', 'IEA*3*'))).toEqual([
      expect.objectContaining({ element: 'IEA01' }),
    ])
  })

  it('reports a missing SE and a file without IEA', () => {
    expect(errors(broken('SE*68*0001~\n', ''))).toContainEqual(
      expect.objectContaining({ element: 'SE' }),
    )
    expect(errors(broken('IEA*1*000000101~\n', ''))).toContainEqual(
      expect.objectContaining({ element: 'IEA' }),
    )
  })

  it('reports the wrong version in GS08 and ST03', () => {
    const found = errors(OFFICE.replaceAll('005010X222A1', '005010X223A2'))
    expect(found.map((e) => e.element)).toEqual(expect.arrayContaining(['GS08', 'ST03']))
  })

  it('reports a file that is not X12 at all', () => {
    expect(errors('hello')).toEqual([
      expect.objectContaining({ loop: 'ISA', message: expect.stringContaining('ISA') }),
    ])
  })
})

describe('loop and segment structure', () => {
  it('reports a segment out of the guide order', () => {
    const text = broken('HI*ABK:E119*ABF:I10*ABF:D510~\n', '').replace(
      'LX*1~\nSV1*HC:99214',
      'HI*ABK:E119*ABF:I10*ABF:D510~\nLX*1~\nSV1*HC:99214',
    )
    const found = errors(text)
    expect(found).toContainEqual(
      expect.objectContaining({
        segment: 'HI',
        message: expect.stringContaining("out of the guide's order"),
      }),
    )
  })

  it('reports a claim without HI', () => {
    expect(errors(broken('HI*ABK:Z00129~\n', '').replace('SE*68', 'SE*67'))).toContainEqual(
      expect.objectContaining({
        loop: '2300',
        message: expect.stringContaining('missing its required HI'),
      }),
    )
  })

  it('reports a line without its service date', () => {
    const text = broken(
      'SV1*HC:99392*210*UN*1***1~\nDTP*472*D8*20250303~\n',
      'SV1*HC:99392*210*UN*1***1~\n',
    ).replace('SE*68', 'SE*67')
    expect(errors(text)).toEqual([
      expect.objectContaining({
        loop: '2400',
        message: expect.stringContaining('DTP (Date - Service Date)'),
      }),
    ])
  })

  it('reports a subscriber level without 2010BB', () => {
    const text = broken('NM1*PR*2*ACME HEALTH PLAN*****PI*87726~\nHL*4', 'HL*4').replace(
      'SE*68',
      'SE*67',
    )
    expect(errors(text)).toEqual([
      expect.objectContaining({ loop: '2000B', message: expect.stringContaining('2010BB') }),
    ])
  })

  it('reports an unknown qualifier and a repeated segment', () => {
    expect(errors(broken('REF*G1*PA55501~', 'REF*ZZ*PA55501~'))).toEqual([
      expect.objectContaining({
        segment: 'REF',
        message: 'REF*ZZ is not expected here (in loop 2300)',
      }),
    ])
    expect(errors(broken('REF*G1*PA55501~', 'REF*F8*PA55501~'))).toEqual([
      expect.objectContaining({
        segment: 'REF',
        message: expect.stringContaining('more than the 1 time'),
      }),
    ])
  })

  it('reports line numbers that skip', () => {
    expect(errors(broken('LX*3~', 'LX*4~'))).toEqual([expect.objectContaining({ element: 'LX01' })])
  })

  it('reports HL numbers out of sequence and a wrong HL04', () => {
    expect(errors(broken('HL*4*3*23*0~', 'HL*5*3*23*0~'))).toContainEqual(
      expect.objectContaining({ element: 'HL01' }),
    )
    expect(errors(broken('HL*2*1*22*0~', 'HL*2*1*22*1~'))).toEqual([
      expect.objectContaining({ element: 'HL04' }),
    ])
  })

  it("reports a dependent's subscriber sent with address and DMG (not sent when a 2000C follows)", () => {
    const text = broken(
      'NM1*IL*1*RIVERA*ANA*M***MI*XYZ123456789~\nNM1*PR',
      'NM1*IL*1*RIVERA*ANA*M***MI*XYZ123456789~\nDMG*D8*19800517*F~\nNM1*PR',
    ).replace('SE*68', 'SE*69')
    expect(errors(text)).toEqual([
      expect.objectContaining({
        loop: '2010BA',
        message: expect.stringContaining('DMG is not sent'),
      }),
    ])
  })

  it('reports SBR02 18 on a subscriber whose patient is someone else', () => {
    expect(errors(broken('SBR*P***ACME GOLD PPO', 'SBR*P*18**ACME GOLD PPO'))).toEqual([
      expect.objectContaining({ element: 'SBR02' }),
    ])
  })
})

describe('element checks', () => {
  it('reports a required element left empty and a not-used element filled', () => {
    expect(
      errors(broken('CLM*CD1002*210***11:B:7*Y*A*Y*Y~', 'CLM*CD1002*210***11:B:7**A*Y*Y~')),
    ).toEqual([expect.objectContaining({ element: 'CLM06', message: 'CLM06 is required' })])
    expect(errors(broken('NM1*QC*1*RIVERA*LEO~', 'NM1*QC*1*RIVERA*LEO****MI*X1~'))).toEqual(
      expect.arrayContaining([expect.objectContaining({ loop: '2010CA', element: 'NM108' })]),
    )
  })

  it('reports a code the guide does not list, quoting only the code', () => {
    expect(errors(broken('DMG*D8*20150902*M~', 'DMG*D8*20150902*X~'))).toEqual([
      expect.objectContaining({ element: 'DMG03', message: expect.stringContaining("'X'") }),
    ])
  })

  it('reports a 5-digit ZIP on the billing provider and a PO box street', () => {
    expect(errors(broken('N4*SPRINGFIELD*IL*627011234~', 'N4*SPRINGFIELD*IL*62701~'))).toEqual([
      expect.objectContaining({
        loop: '2010AA',
        element: 'N403',
        message: expect.stringContaining('9-digit'),
      }),
    ])
    expect(errors(broken('N3*100 MAPLE AVE*SUITE 2~', 'N3*P.O. BOX 12~'))).toEqual([
      expect.objectContaining({
        loop: '2010AA',
        element: 'N301',
        message: expect.stringContaining('PO box'),
      }),
    ])
  })

  it('reports a ZIP that is neither 5 nor 9 digits', () => {
    expect(errors(broken('N4*SPRINGFIELD*IL*62708~', 'N4*SPRINGFIELD*IL*6270~'))).toEqual([
      expect.objectContaining({ loop: '2010AB', element: 'N403' }),
    ])
  })

  it('reports an NPI failing its check digit', () => {
    expect(errors(broken('XX*1234567893~', 'XX*1234567890~'))).toEqual([
      expect.objectContaining({
        loop: '2010AA',
        element: 'NM109',
        message: expect.stringContaining('NPI'),
      }),
    ])
  })

  it('reports a date that does not exist and an element over its maximum length', () => {
    expect(errors(broken('DTP*472*D8*20250303~', 'DTP*472*D8*20250230~'))).toEqual([
      expect.objectContaining({ element: 'DTP03' }),
    ])
    expect(errors(broken('CLM*CD1002*', `CLM*${'X'.repeat(39)}*`))).toEqual([
      expect.objectContaining({ element: 'CLM01', message: expect.stringContaining('at most 38') }),
    ])
  })

  it('reports an ICD code sent with its dot', () => {
    expect(errors(broken('HI*ABK:Z00129~', 'HI*ABK:Z00.129~'))).toEqual([
      expect.objectContaining({
        element: 'HI01-2',
        message: expect.stringContaining('decimal point'),
      }),
    ])
  })

  it('reports a trailing element separator', () => {
    expect(errors(broken('PAT*19~', 'PAT*19*~'))).toEqual([
      expect.objectContaining({
        segment: 'PAT',
        message: expect.stringContaining('trailing separator'),
      }),
    ])
  })

  it('never quotes names, IDs or dates in its messages', () => {
    const text = broken(
      'NM1*IL*1*RIVERA*ANA*M***MI*XYZ123456789~\nN3*12 OAK ST~\nN4*SPRINGFIELD*IL*62704~\nDMG*D8*19800517*F~\nNM1*PR*2*ACME HEALTH PLAN*****PI*87726~\nCLM*CD1001',
      'NM1*IL*1*RIVERA*ANA*M***MI*XYZ123456789*EXTRA~\nN3*12 OAK ST~\nN4*SPRINGFIELD*IL*62704~\nDMG*D8*19801317*F~\nNM1*PR*2*ACME HEALTH PLAN*****PI*87726~\nCLM*CD1001',
    )
    const found = errors(text)
    expect(found.length).toBeGreaterThan(0)
    for (const e of found) {
      for (const secret of ['RIVERA', 'XYZ123456789', '19801317', 'EXTRA'])
        expect(e.message).not.toContain(secret)
    }
  })
})

describe('claim rules', () => {
  it('reports a replacement claim without REF*F8', () => {
    const text = broken('REF*F8*2025061000123~\n', '').replace('SE*68', 'SE*67')
    expect(errors(text)).toEqual([
      expect.objectContaining({ element: 'CLM05-3', message: expect.stringContaining('REF*F8') }),
    ])
  })

  it('reports REF*F8 on an original claim', () => {
    expect(errors(broken('11:B:7', '11:B:1'))).toEqual([
      expect.objectContaining({ segment: 'REF', element: 'REF01' }),
    ])
  })

  it('reports a secondary claim whose primary paid amount does not balance', () => {
    expect(errors(broken('AMT*D*92~', 'AMT*D*90~', SECONDARY))).toEqual([
      expect.objectContaining({ loop: '2320', element: 'AMT02' }),
    ])
  })

  it('reports a line adjudication that does not balance with its charge', () => {
    expect(errors(broken('SVD*87726*17*', 'SVD*87726*16*', SECONDARY))).toEqual(
      expect.arrayContaining([expect.objectContaining({ loop: '2430', element: 'SVD02' })]),
    )
  })

  it('reports an SVD01 that names no other payer', () => {
    const text = SECONDARY.replaceAll('SVD*87726*', 'SVD*99999*')
    expect(errors(text)).toContainEqual(expect.objectContaining({ element: 'SVD01' }))
  })

  it('reports two payers of one claim with the same responsibility code', () => {
    expect(errors(broken('SBR*S*18*MEDIGAP1', 'SBR*P*18*MEDIGAP1', SECONDARY))).toEqual([
      expect.objectContaining({ element: 'SBR01' }),
    ])
  })
})

describe('whole-file checks', () => {
  it('reports an indented file once, as indented, instead of a missing functional group', () => {
    const indented = OFFICE.split('\n')
      .map((line, i) => (i > 0 && line !== '' ? `  ${line}` : line))
      .join('\n')
    expectOnly(indented, { position: 2, message: expect.stringMatching(/^The file is indented/) })
  })

  it('reports a character outside the X12 character set, naming the element, not the text', () => {
    const found = errors(broken('NM1*QC*1*RIVERA*LEO~', 'NM1*QC*1*RIVÉRA*LEO~'))
    expect(found).toEqual([
      expect.objectContaining({ element: 'NM103', message: expect.stringContaining('U+00C9') }),
    ])
    expect(found[0]!.message).not.toContain('RIV')
  })

  it('reports a patient control number or a line control number used twice in the file', () => {
    expect(errors(broken('REF*6R*CD2001-2~', 'REF*6R*CD2001-1~', SECONDARY))).toEqual([
      expect.objectContaining({ segment: 'REF', message: expect.stringContaining('REF*6R') }),
    ])
    expect(errors(broken('CLM*CD1002*', 'CLM*CD1001*'))).toEqual([
      expect.objectContaining({ element: 'CLM01', message: expect.stringContaining('unique') }),
    ])
  })

  it('reports the other payer (2330B) placed before the other subscriber (2330A)', () => {
    const a = 'NM1*IL*1*RIVERA*ANA*M***MI*XYZ123456789~\n'
    const b = 'NM1*PR*2*ACME HEALTH PLAN*****PI*87726~\n'
    expectOnly(broken(a + b, b + a, SECONDARY), {
      loop: '2330B',
      message: expect.stringContaining('2330A'),
    })
  })
})
