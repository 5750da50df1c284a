import { describe, expect, it } from 'vitest'
import { centsAmount, optionalCentsAmount } from '../../../../src/shared/validators/cents'

const firstMessage = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message

describe('amounts in cents', () => {
  it('accepts whole cents', () => {
    expect(centsAmount('Charge', 1).parse(12500)).toBe(12500)
    expect(centsAmount('Copay', 0).parse(0)).toBe(0)
  })

  it('refuses fractions of a cent', () => {
    expect(firstMessage(centsAmount('Charge', 1).safeParse(125.5))).toBe(
      'Charge must be whole cents — got 125.5',
    )
  })

  it('refuses a zero charge where the amount must be positive', () => {
    expect(firstMessage(centsAmount('Charge', 1).safeParse(0))).toBe(
      'Charge must be more than $0.00 — enter the amount',
    )
  })

  it('refuses a negative amount', () => {
    expect(firstMessage(centsAmount('Copay', 0).safeParse(-100))).toBe("Copay can't be negative")
  })

  it('refuses amounts too large to add up exactly', () => {
    expect(firstMessage(centsAmount('Charge', 1).safeParse(2 ** 52))).toBe(
      'Charge is too large — check the amount',
    )
  })

  it('refuses text, asking for an amount', () => {
    expect(firstMessage(centsAmount('Copay', 0).safeParse('25.00'))).toBe(
      'Enter the copay as an amount in dollars and cents',
    )
  })

  it('lets an optional amount be absent or null', () => {
    expect(optionalCentsAmount('Copay', 0).parse(null)).toBeUndefined()
    expect(optionalCentsAmount('Copay', 0).parse(undefined)).toBeUndefined()
    expect(optionalCentsAmount('Copay', 0).parse(2500)).toBe(2500)
  })
})
