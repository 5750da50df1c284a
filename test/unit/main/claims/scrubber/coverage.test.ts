import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('coverage.active', () => {
  it('passes a coverage in force on the date of service', () => {
    expect(findings('coverage.active')).toEqual([])
  })
  it('refuses a coverage that ended before the date of service', () => {
    expect(
      findings('coverage.active', { data: (d) => (d.coverage.record.endDate = '2026-01-31') }),
    ).toEqual([
      {
        field: 'coverage.endDate',
        message: expect.stringMatching(
          /coverage ended on 2026-01-31, so it does not cover the service on 2026-02-20/,
        ),
      },
    ])
  })
  it('refuses one that starts after it', () => {
    expect(
      findings('coverage.active', {
        data: (d) => (d.coverage.record.effectiveDate = '2026-03-01'),
      })[0]!.field,
    ).toBe('coverage.effectiveDate')
  })
})

describe('coverage.payer', () => {
  it('refuses a claim whose coverage now names another payer', () => {
    expect(findings('coverage.payer')).toEqual([])
    expect(
      findings('coverage.payer', { data: (d) => (d.coverage.record.payerId = 99) })[0]!.message,
    ).toMatch(/void this claim and bill the visit again/)
  })
})
