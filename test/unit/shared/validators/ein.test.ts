import { describe, expect, it } from 'vitest'
import { Ein, einError } from '../../../../src/shared/validators/ein'

describe('EIN', () => {
  it('accepts an EIN with or without the dash and stores 9 digits', () => {
    expect(einError('12-3456789')).toBeNull()
    expect(einError('123456789')).toBeNull()
    expect(Ein.parse('12-3456789')).toBe('123456789')
    expect(Ein.parse(' 123456789 ')).toBe('123456789')
  })

  it.each([
    '00',
    '07',
    '08',
    '09',
    '17',
    '18',
    '19',
    '28',
    '29',
    '49',
    '69',
    '70',
    '78',
    '79',
    '89',
  ])('refuses prefix %s, which the IRS does not assign', (prefix) => {
    expect(einError(`${prefix}-3456789`)).toBe(
      `EIN ${prefix}-3456789 starts with ${prefix}, a prefix the IRS does not assign — check the number on the IRS letter (CP 575)`,
    )
  })

  it('refuses a Social Security number typed in place of the EIN', () => {
    expect(einError('123-45-6789')).toBe(
      '"123-45-6789" looks like a Social Security number — claims need the practice\'s EIN, like 12-3456789',
    )
  })

  it('refuses the wrong number of digits', () => {
    expect(einError('12-345678')).toBe('EIN must be 9 digits, like 12-3456789 — "12-345678" is not')
    expect(einError('1234567890')).toMatch(/must be 9 digits/)
    expect(einError('AB-1234567')).toMatch(/must be 9 digits/)
  })

  it('asks for the EIN when it is blank', () => {
    expect(Ein.safeParse('').error?.issues[0]?.message).toBe(
      "Enter the practice's EIN — 9 digits, like 12-3456789",
    )
  })
})
