import { describe, expect, it } from 'vitest'
import {
  Npi,
  npiCheckDigit,
  npiError,
  npiWithCheckDigit,
  OptionalNpi,
} from '../../../../src/shared/validators/npi'

describe('NPI', () => {
  it('accepts an NPI whose Luhn digit, with the 80840 prefix, checks out', () => {
    expect(npiError('1234567893')).toBeNull()
  })

  it('refuses an NPI whose last digit is not its check digit', () => {
    expect(npiError('1234567890')).toBe(
      "NPI 1234567890 fails its check digit — re-check the number on the provider's NPPES record",
    )
  })

  it('counts the 80840 prefix: a plain Luhn check of 1234567897 would pass, the NPI check does not', () => {
    expect(npiError('1234567897')).toMatch(/fails its check digit/)
  })

  it('refuses anything but exactly 10 digits', () => {
    expect(npiError('123456789')).toBe(
      'NPI must be exactly 10 digits — "123456789" is not; copy it from the NPPES record',
    )
    expect(npiError('12345678931')).toMatch(/exactly 10 digits/)
    expect(npiError('123456789O')).toMatch(/exactly 10 digits/)
  })

  it('asks for the NPI when it is blank', () => {
    expect(npiError('  ')).toBe('Enter the NPI — 10 digits, as shown on the NPPES record')
  })

  it('computes the check digit over a 9-digit base', () => {
    expect(npiCheckDigit('123456789')).toBe(3)
    expect(npiWithCheckDigit('123456789')).toBe('1234567893')
    for (const base of ['100000000', '199999999', '287654321', '104567890']) {
      expect(npiError(npiWithCheckDigit(base))).toBeNull()
    }
  })

  it('refuses to compute a check digit for a base that is not 9 digits', () => {
    expect(() => npiWithCheckDigit('12345678')).toThrow(RangeError)
  })

  it('trims the NPI in the schema and reports the rule message', () => {
    expect(Npi.parse(' 1234567893 ')).toBe('1234567893')
    expect(Npi.safeParse('1234567890').error?.issues[0]?.message).toMatch(/fails its check digit/)
    expect(Npi.safeParse(undefined).error?.issues[0]?.message).toBe(
      'Enter the NPI — 10 digits, as shown on the NPPES record',
    )
  })

  it('lets an optional NPI be left blank but still checks one that is typed', () => {
    expect(OptionalNpi.parse('')).toBeUndefined()
    expect(OptionalNpi.parse(null)).toBeUndefined()
    expect(OptionalNpi.parse(undefined)).toBeUndefined()
    expect(OptionalNpi.safeParse('1234567890').success).toBe(false)
  })
})
