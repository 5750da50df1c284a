import { beforeAll, describe, expect, it } from 'vitest'
import { renderCms1500 } from '../../../src/main/print/cms1500'
import { cellsRect, columnX } from '../../../src/main/print/cms1500/grid'
import {
  BOXES,
  diagnosisField,
  fieldRect,
  serviceCellRect,
  supplementalLine,
  supplementalRect,
  type BoxId,
} from '../../../src/main/print/cms1500/layout'
import { RENDERING_NPI, sampleClaim } from '../../fixtures/print/cms1500Claims'
import {
  dataIn,
  findWord,
  HAS_PDFTOTEXT,
  inside,
  NO_PDFTOTEXT_MESSAGE,
  pdfInfo,
  pdfPages,
  type Word,
} from './pdfWords'

if (!HAS_PDFTOTEXT) console.warn(NO_PDFTOTEXT_MESSAGE)

const box = (id: BoxId) => BOXES[id].rect

describe.skipIf(!HAS_PDFTOTEXT)('the full CMS-1500 form puts each value in its box', () => {
  let pdf: Buffer
  let page: Word[]

  beforeAll(async () => {
    pdf = await renderCms1500(sampleClaim(), { mode: 'full' })
    const pages = pdfPages(pdf)
    expect(pages).toHaveLength(1)
    page = pages[0]!
  })

  it("prints the patient's name in box 2, last name first, and the insured's in box 4", () => {
    expect(dataIn(page, box('2'))).toBe('TESTPATIENT, ALICE, Q')
    expect(dataIn(page, box('4'))).toBe('TESTPATIENT, ALICE, Q')
    expect(dataIn(page, box('1a'))).toBe('XYZ123456789')
  })

  it('prints the payer and its mailing address in the carrier block', () => {
    expect(dataIn(page, box('carrier'))).toBe(
      'EXAMPLE HEALTH PLAN (FAKE) PO BOX 1000 SPRINGFIELD IL 62701-0000',
    )
  })

  it('prints the birth date as MM DD YYYY in box 3 and marks the group health plan in box 1', () => {
    expect(dataIn(page, box('3'))).toBe('07 04 1980 X')
    const x = page.filter((w) => w.text === 'X' && inside(w, box('1')))
    expect(x).toHaveLength(1)
    expect(x[0]!.xMin).toBeCloseTo(columnX(31), 2)
  })

  it('prints the diagnoses without dots at their letters in box 21, with ICD indicator 0', () => {
    expect(dataIn(page, box('21'))).toBe('0 J069 R509 E119 I10 Z794')
    ;['J069', 'R509', 'E119', 'I10', 'Z794'].forEach((code, i) => {
      expect(inside(findWord(page, code), fieldRect(diagnosisField(i)))).toBe(true)
    })
  })

  it('prints CPT/HCPCS and modifiers in 24D, pointer letters in 24E, charges in 24F', () => {
    expect(dataIn(page, serviceCellRect(1, 'A'))).toBe('03 14 25 03 14 25')
    expect(dataIn(page, serviceCellRect(1, 'B'))).toBe('11')
    expect(dataIn(page, serviceCellRect(1, 'D'))).toBe('99213 25')
    expect(dataIn(page, serviceCellRect(1, 'E'))).toBe('AB')
    expect(dataIn(page, serviceCellRect(1, 'F'))).toBe('125 00')
    expect(dataIn(page, serviceCellRect(1, 'G'))).toBe('1')
    expect(dataIn(page, serviceCellRect(1, 'J'))).toBe(RENDERING_NPI)
    expect(dataIn(page, serviceCellRect(2, 'D'))).toBe('J1100')
    expect(dataIn(page, serviceCellRect(2, 'E'))).toBe('C')
    expect(dataIn(page, serviceCellRect(2, 'F'))).toBe('45 50')
    expect(dataIn(page, serviceCellRect(2, 'G'))).toBe('2')
  })

  it('right-justifies dollars against the cents column, without a dollar sign', () => {
    const dollars = page.filter((w) => w.text === '125' && inside(w, serviceCellRect(1, 'F')))[0]!
    const cents = page.filter((w) => w.text === '00' && inside(w, serviceCellRect(1, 'F')))[0]!
    expect(dollars.xMax).toBeCloseTo(columnX(55), 2)
    expect(cents.xMin).toBeCloseTo(columnX(56), 2)
  })

  it('prints the total charge in box 28 and the amount paid in box 29', () => {
    expect(dataIn(page, box('28'))).toBe('170 50')
    expect(dataIn(page, box('29'))).toBe('20 00')
  })

  it('prints the NDC in the shaded line as N4, 11 digits, then unit and quantity at 17', () => {
    expect(dataIn(page, supplementalRect(2))).toBe('N400409488802 ML2.5')
    expect(dataIn(page, supplementalRect(1))).toBe('')
    const ndc = findWord(page, 'N400409488802')
    expect(inside(ndc, cellsRect(supplementalLine(2), 1, 13))).toBe(true)
    expect(findWord(page, 'ML2.5').xMin).toBeCloseTo(columnX(17), 2)
  })

  it('prints the referring provider with qualifier DN in box 17 and the NPI in 17b', () => {
    expect(dataIn(page, box('17'))).toBe('DN REFERRER, ROBERT')
    expect(dataIn(page, box('17b'))).toHaveLength(10)
  })

  it('prints the tax ID without a hyphen, the account number and the billing provider', () => {
    expect(dataIn(page, box('25'))).toBe('123456789 X')
    expect(dataIn(page, box('26'))).toBe('CLM000123')
    expect(dataIn(page, box('33'))).toBe(
      '217 5550100 MAPLE FAMILY MEDICINE PC 100 MAPLE AVE SUITE 2 SPRINGFIELD IL 62701-1234',
    )
    expect(dataIn(page, box('31'))).toBe('JANE DOCTOR MD 03 15 25')
  })

  it('prints resubmission code 7 with the original reference number in box 22', async () => {
    const claim = sampleClaim({ resubmission: { code: '7', originalReference: 'ORIG12345678' } })
    const [resubmitted] = pdfPages(await renderCms1500(claim, { mode: 'full' }))
    expect(dataIn(resubmitted!, box('22'))).toBe('7 ORIG12345678')
    expect(findWord(resubmitted!, 'ORIG12345678').xMin).toBeCloseTo(columnX(62), 2)
    expect(dataIn(page, box('22'))).toBe('')
  })

  it('keeps patient data out of the document info', () => {
    const info = pdfInfo(pdf)
    expect(info).toMatch(/Title:\s+CMS-1500 claim form/)
    expect(info).not.toMatch(/TESTPATIENT|ALICE/i)
  })
})
