import { describe, expect, it } from 'vitest'
import {
  dateOfBirth,
  DateOfBirth,
  dateOfBirthError,
} from '../../../../src/shared/validators/dateOfBirth'

const today = new Date(2025, 5, 15) // 2025-06-15, local time

describe('date of birth', () => {
  it('accepts a past date, today, and exactly 125 years ago', () => {
    expect(dateOfBirthError('1980-04-23', today)).toBeNull()
    expect(dateOfBirthError('2025-06-15', today)).toBeNull()
    expect(dateOfBirthError('1900-06-15', today)).toBeNull()
  })

  it('refuses a date in the future', () => {
    expect(dateOfBirthError('2025-06-16', today)).toBe(
      'Date of birth 2025-06-16 is in the future — check the year',
    )
  })

  it('refuses a date more than 125 years ago', () => {
    expect(dateOfBirthError('1900-06-14', today)).toBe(
      'Date of birth 1900-06-14 is more than 125 years ago — check the year',
    )
  })

  it('refuses a date that is not on the calendar', () => {
    expect(dateOfBirthError('1981-02-29', today)).toBe(
      'Date of birth 1981-02-29 is not a real date — check the day and month',
    )
  })

  it('refuses a date not written YYYY-MM-DD', () => {
    expect(dateOfBirthError('04/23/1980', today)).toBe(
      'Date of birth must be written YYYY-MM-DD, like 2024-03-15 — "04/23/1980" is not',
    )
  })

  it('names whose birth date is wrong', () => {
    expect(dateOfBirthError('', today, "Subscriber's date of birth")).toBe(
      "Enter the subscriber's date of birth",
    )
  })

  it('reads today when the schema parses, not when it was built', () => {
    const schema = dateOfBirth('Date of birth', () => today)
    expect(schema.safeParse('2025-06-16').error?.issues[0]?.message).toMatch(/in the future/)
    expect(DateOfBirth.safeParse('2999-01-01').error?.issues[0]?.message).toMatch(/in the future/)
    expect(DateOfBirth.parse(' 1980-04-23 ')).toBe('1980-04-23')
  })
})
