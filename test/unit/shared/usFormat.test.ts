import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatMoney,
  formatPhone,
  isUsDate,
  parseUsDate,
  usDatesIn,
} from '../../../src/shared/usFormat'

describe('US formats on screen', () => {
  it('shows a stored ISO date as MM/DD/YYYY', () => {
    expect(formatDate('1958-03-14')).toBe('03/14/1958')
    expect(formatDate('2026-01-05T10:00:00.000Z')).toBe('01/05/2026')
    expect(formatDate(null)).toBe('')
  })

  it('reads a typed US date, with or without slashes, into ISO', () => {
    expect(parseUsDate('12/06/1946')).toBe('1946-12-06')
    expect(parseUsDate('12061946')).toBe('1946-12-06')
    expect(parseUsDate('3/5/2024')).toBe('2024-03-05')
    expect(parseUsDate('1946-12-06')).toBeNull()
    expect(parseUsDate('13/45')).toBeNull()
  })

  it('keeps an impossible day for the validator to name', () => {
    expect(parseUsDate('02/30/2024')).toBe('2024-02-30')
    expect(isUsDate('02/30/2024')).toBe(false)
    expect(isUsDate('02/29/2024')).toBe(true)
  })

  it('rewrites ISO dates in a message for the screen', () => {
    expect(usDatesIn('Date of birth 1981-02-29 is not a real date')).toBe(
      'Date of birth 02/29/1981 is not a real date',
    )
  })

  it('shows money with a dollar sign and thousands commas, phones with area code', () => {
    expect(formatMoney(123456)).toBe('$1,234.56')
    expect(formatMoney(-7)).toBe('-$0.07')
    expect(formatPhone('5555550100')).toBe('(555) 555-0100')
    expect(formatPhone('555')).toBe('555')
  })
})
