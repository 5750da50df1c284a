import { describe, expect, it } from 'vitest'
import {
  isCalendarDate,
  isoDate,
  isoDateError,
  localIsoDate,
  optionalIsoDate,
} from '../../../../src/shared/validators/isoDate'

describe('ISO calendar dates', () => {
  it('accepts a day that exists, including February 29 of a leap year', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2000-02-29')).toBe(true)
    expect(isoDateError('2025-12-31', 'Effective date')).toBeNull()
  })

  it('refuses a day that does not exist', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false)
    expect(isCalendarDate('1900-02-29')).toBe(false)
    expect(isCalendarDate('2025-04-31')).toBe(false)
    expect(isCalendarDate('2025-13-01')).toBe(false)
    expect(isoDateError('2025-02-30', 'Effective date')).toBe(
      'Effective date 2025-02-30 is not a real date — check the day and month',
    )
  })

  it('does not read years 0–99 as 1900–1999', () => {
    expect(isCalendarDate('0050-02-29')).toBe(false)
    expect(isCalendarDate('0048-02-29')).toBe(true)
  })

  it('refuses dates not written YYYY-MM-DD', () => {
    expect(isoDateError('03/15/2024', 'Effective date')).toBe(
      'Effective date must be written YYYY-MM-DD, like 2024-03-15 — "03/15/2024" is not',
    )
    expect(isoDateError('2024-3-15', 'Effective date')).toMatch(/YYYY-MM-DD/)
  })

  it('names the field when a required date is blank, and lets an optional one be blank', () => {
    expect(isoDate('Effective date').safeParse('').error?.issues[0]?.message).toBe(
      'Enter the effective date',
    )
    expect(optionalIsoDate('End date').parse('')).toBeUndefined()
    expect(optionalIsoDate('End date').safeParse('2025-02-30').success).toBe(false)
  })

  it('takes today in the local calendar, not UTC', () => {
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05')
  })
})
