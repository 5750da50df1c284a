import { describe, expect, it } from 'vitest'
import {
  cityStateZip,
  dateParts,
  fitText,
  diagnosisCode,
  moneyParts,
  ndcQuantity,
  personName,
  phoneParts,
  spacedDate,
  street,
  zip,
} from '../../../../../src/main/print/cms1500/format'
import { cents } from '../../../../../src/shared/money'

const address = {
  line1: '123 N. Main St.',
  line2: '#101',
  city: 'St. Louis',
  state: 'mo',
  zip: '631011234',
}

describe('NUCC formatting on the CMS-1500', () => {
  it('writes names as LAST, FIRST, M with the suffix after the last name and no periods', () => {
    expect(personName({ last: 'Testpatient', first: 'Alice', middle: 'Quinn' })).toBe(
      'TESTPATIENT, ALICE, Q',
    )
    expect(personName({ last: "O'Testcase", first: 'Bob', suffix: 'Jr.' })).toBe(
      'OTESTCASE JR, BOB',
    )
    expect(personName({ last: 'Smith-Testcase', first: 'Cy' })).toBe('SMITH-TESTCASE, CY')
  })

  it('writes addresses without punctuation and a 9-digit ZIP with its hyphen', () => {
    expect(street(address)).toBe('123 N MAIN ST 101')
    expect(zip(address)).toBe('63101-1234')
    expect(zip({ ...address, zip: '63101' })).toBe('63101')
    expect(cityStateZip(address)).toBe('ST LOUIS MO 63101-1234')
  })

  it('splits a phone into area code and seven digits, with no hyphen or space', () => {
    expect(phoneParts('(217) 555-0143')).toEqual({ area: '217', number: '5550143' })
    expect(phoneParts('1-217-555-0143')).toEqual({ area: '217', number: '5550143' })
    expect(phoneParts('555-0143')).toBeNull()
  })

  it('splits dates into MM DD YY for service lines and MM DD YYYY for birth dates', () => {
    expect(dateParts('2025-03-14', 2)).toEqual({ month: '03', day: '14', year: '25' })
    expect(dateParts('1980-07-04', 4)).toEqual({ month: '07', day: '04', year: '1980' })
    expect(spacedDate('2025-03-15')).toBe('03 15 25')
    expect(() => dateParts('03/14/2025', 2)).toThrow('A date on the claim is not a YYYY-MM-DD date')
  })

  it('splits cents into the dollar and cents columns by integer arithmetic', () => {
    expect(moneyParts(cents(12500))).toEqual({ dollars: '125', cents: '00' })
    expect(moneyParts(cents(5))).toEqual({ dollars: '0', cents: '05' })
    expect(moneyParts(cents(99999999))).toEqual({ dollars: '999999', cents: '99' })
    expect(moneyParts(cents(1001))).toEqual({ dollars: '10', cents: '01' })
    expect(() => moneyParts(cents(-100))).toThrow(/no negative amounts/)
  })

  it('drops the implied decimal point from ICD-10-CM codes', () => {
    expect(diagnosisCode('j06.9')).toBe('J069')
    expect(diagnosisCode('S72.001A')).toBe('S72001A')
  })

  it('writes the NDC quantity with up to three decimals and no trailing zeros', () => {
    expect(ndcQuantity(2.5)).toBe('2.5')
    expect(ndcQuantity(1)).toBe('1')
    expect(ndcQuantity(0.125)).toBe('0.125')
  })
})

describe('fitting free text to its box', () => {
  it('abbreviates long words before cutting anything, and never cuts mid-word', () => {
    expect(fitText('EXAMPLE COMMERCIAL HEALTH (FAKE)', 28)).toBe('EXAMPLE COMM HLTH (FAKE)')
    expect(fitText('DEMO FAMILY MEDICINE WESTSIDE CLINIC', 26)).toBe('DEMO FAMILY MED W SIDE CLN')
  })

  it('drops whole words from the end when abbreviations are not enough', () => {
    expect(fitText('SPRINGFIELD VALLEY PEDIATRIC GROUP NORTH', 20)).toBe('SPRINGFIELD VALLEY')
  })

  it('leaves text that fits alone, and cuts only a single word longer than the box', () => {
    expect(fitText('ACME PLAN', 28)).toBe('ACME PLAN')
    expect(fitText('TESTPATIENTWITHAVERYLONGNAME, ALICE', 28)).toBe('TESTPATIENTWITHAVERYLONGNAME')
  })
})
