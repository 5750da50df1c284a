import { describe, expect, it } from 'vitest'
import { cents } from '../../../../../src/shared/money'
import { findings, line } from './fixture'

describe('units.positive', () => {
  it('refuses zero units', () => {
    expect(findings('units.positive')).toEqual([])
    expect(findings('units.positive', { lines: [line({ units: 0 })] })).toEqual([
      { field: 'lines.0.units', message: 'Line 1: 99213 has 0 units — enter 1 or more' },
    ])
  })
})

describe('charge.positive', () => {
  it('refuses a line charging nothing', () => {
    expect(findings('charge.positive')).toEqual([])
    expect(
      findings('charge.positive', { lines: [line({ chargeCents: cents(0) })] })[0]!.message,
    ).toBe('Line 1: 99213 charges $0.00 — enter the fee (see the fee schedule)')
  })
})

describe('charge.total', () => {
  it('refuses a claim total that is not the sum of its lines', () => {
    expect(findings('charge.total')).toEqual([])
    expect(findings('charge.total', { claim: { totalCents: cents(12000) } })).toEqual([
      {
        field: 'claim.totalCents',
        message: expect.stringMatching(
          /^The claim total \$120\.00 is not the sum of its lines \$125\.00/,
        ),
      },
    ])
  })
})

describe('lines.count', () => {
  it('needs 1 to 50 lines', () => {
    expect(findings('lines.count')).toEqual([])
    expect(findings('lines.count', { lines: [] })[0]!.field).toBe('lines')
    const many = Array.from({ length: 51 }, (_, i) => line({ lineNo: i + 1 }))
    expect(findings('lines.count', { lines: many })[0]!.message).toMatch(
      /51 lines; a claim carries at most 50/,
    )
  })
})
