import { describe, expect, it } from 'vitest'
import {
  normalizePhone,
  OptionalPhone,
  Phone,
  phoneError,
} from '../../../../src/shared/validators/phone'

describe('phone number', () => {
  it.each([
    '(555) 234-5678',
    '555.234.5678',
    '555-234-5678',
    '5552345678',
    '1 555 234 5678',
    '+1 (555) 234-5678',
  ])('accepts %s and stores 10 digits', (typed) => {
    expect(phoneError(typed)).toBeNull()
    expect(Phone.parse(typed)).toBe('5552345678')
  })

  it('refuses too few or too many digits', () => {
    expect(phoneError('555-2345')).toBe(
      'Phone "555-2345" is not a 10-digit US number — enter it like (555) 234-5678, without extensions',
    )
    expect(phoneError('25552345678')).toMatch(/not a 10-digit US number/)
  })

  it('refuses a foreign number and an extension', () => {
    expect(phoneError('+44 20 7946 0958')).toMatch(/not a 10-digit US number/)
    expect(phoneError('555-234-5678 x12')).toMatch(/not a 10-digit US number/)
    expect(normalizePhone('+5552345678')).toBeNull()
  })

  it('refuses an area code that starts with 0 or 1', () => {
    expect(phoneError('(055) 234-5678')).toBe(
      "Area code 055 can't start with 0 — check the phone number",
    )
    expect(phoneError('155-234-5678')).toMatch(/Area code 155 can't start with 1/)
  })

  it('refuses an exchange that starts with 0 or 1', () => {
    expect(phoneError('555-134-5678')).toBe(
      "Phone 555-134-5678: the 3 digits after the area code (134) can't start with 1 — check the number",
    )
    expect(phoneError('555-034-5678')).toMatch(/\(034\) can't start with 0/)
  })

  it('asks for a required phone when blank, and lets an optional one be blank', () => {
    expect(Phone.safeParse('').error?.issues[0]?.message).toBe(
      'Enter the phone number — 10 digits, like (555) 234-5678',
    )
    expect(OptionalPhone.parse('  ')).toBeUndefined()
    expect(OptionalPhone.parse('555.234.5678')).toBe('5552345678')
  })
})
