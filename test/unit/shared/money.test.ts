import { describe, expect, it } from 'vitest'
import { addCents, cents, formatCents, parseDollars } from '../../../src/shared/money'

describe('money in whole cents', () => {
  it('refuses fractions of a cent', () => {
    expect(() => cents(10.5)).toThrow(/whole cents/)
    expect(() => cents(0.1 + 0.2)).toThrow()
  })

  it('adds without float drift', () => {
    const ten = cents(10)
    const twenty = cents(20)
    expect(addCents(ten, twenty)).toBe(30)
  })

  it('formats for display only', () => {
    expect(formatCents(cents(123456))).toBe('$1,234.56')
    expect(formatCents(cents(-7))).toBe('-$0.07')
    expect(formatCents(cents(0))).toBe('$0.00')
  })

  it('parses what a person types without going through floats', () => {
    expect(parseDollars('1,234.5')).toBe(123450)
    expect(parseDollars('$12')).toBe(1200)
    expect(parseDollars('-0.07')).toBe(-7)
    expect(parseDollars('0.29')).toBe(29)
    expect(parseDollars('12.345')).toBeNull()
    expect(parseDollars('abc')).toBeNull()
  })
})
