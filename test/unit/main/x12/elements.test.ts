import { describe, expect, it } from 'vitest'
import {
  compactDate,
  formatCents,
  formatQuantity,
  WriteContext,
  X12WriteError,
} from '../../../../src/main/x12/writer/elements'

describe('money on the wire', () => {
  it.each([
    [12500, '125'],
    [12550, '125.5'],
    [12555, '125.55'],
    [5, '0.05'],
    [50, '0.5'],
    [0, '0'],
    [100, '1'],
    [-250, '-2.5'],
    [-7, '-0.07'],
    [123456789012, '1234567890.12'],
  ])('writes %i cents as "%s" with no trailing zeros', (input, expected) => {
    expect(formatCents(input)).toBe(expected)
  })

  it('refuses fractions of a cent rather than rounding a float', () => {
    expect(() => formatCents(12.5)).toThrow(/whole number of cents/)
    expect(() => formatCents(Number.NaN)).toThrow(RangeError)
  })
})

describe('quantities', () => {
  it('writes whole and fractional units exactly', () => {
    expect(formatQuantity(1)).toBe('1')
    expect(formatQuantity(0.5)).toBe('0.5')
    expect(formatQuantity(2.125)).toBe('2.125')
  })

  it('refuses zero, negatives and more than three decimals', () => {
    expect(formatQuantity(0)).toBeNull()
    expect(formatQuantity(0, true)).toBe('0')
    expect(formatQuantity(-1)).toBeNull()
    expect(formatQuantity(1.0001)).toBeNull()
  })
})

describe('dates', () => {
  it('turns YYYY-MM-DD into CCYYMMDD and refuses days that do not exist', () => {
    expect(compactDate('2025-03-10')).toBe('20250310')
    expect(compactDate('2024-02-29')).toBe('20240229')
    expect(compactDate('2025-02-29')).toBeNull()
    expect(compactDate('2025-13-01')).toBeNull()
    expect(compactDate('03/10/2025')).toBeNull()
  })
})

describe('text elements', () => {
  const ctx = new WriteContext()

  it('upper-cases and trims names, folding accents into the X12 character set', () => {
    expect(ctx.name('  José Nuñez ', '2010BA', 'NM103', 60)).toBe('JOSE NUNEZ')
  })

  it('cuts a long name to the element maximum', () => {
    expect(ctx.name('A'.repeat(70), '2010BA', 'NM103', 60)).toHaveLength(60)
  })

  it.each(['*', '~', ':', '^'])(
    'refuses a name containing the separator %s, naming the element',
    (char) => {
      expect(() => ctx.name(`O${char}BRIEN`, '2010BA', 'NM103', 60)).toThrow(
        `2010BA NM103 contains '${char}'`,
      )
    },
  )

  it('never quotes the refused value in the error', () => {
    try {
      ctx.name('SECRET*NAME', '2010BA', 'NM103', 60)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(X12WriteError)
      expect((error as Error).message).not.toContain('SECRET')
    }
  })

  it('refuses an identifier that is too long instead of cutting it', () => {
    expect(() => ctx.id('X'.repeat(18), '2300', 'CLM01', 1, 17)).toThrow(
      '2300 CLM01 is 18 characters; the guide allows at most 17',
    )
  })

  it('refuses line breaks and other control characters', () => {
    expect(() => ctx.name('12 OAK\nST', '2010BA', 'N301', 55)).toThrow(/control character/)
  })

  it('refuses characters outside the X12 set in identifiers', () => {
    expect(() => ctx.id('ÅBC', '2010BA', 'NM109', 2, 80)).toThrow(/outside the X12 character set/)
  })
})
