import { describe, expect, it } from 'vitest'
import {
  coverageDatesError,
  findCoverageOverlap,
  overlappingCoverageOrders,
} from '../../../../src/shared/validators/coveragePeriod'

describe('coverage dates', () => {
  it('accepts an end date on or after the effective date, or none', () => {
    expect(coverageDatesError('2025-01-01', '2025-12-31')).toBeNull()
    expect(coverageDatesError('2025-01-01', '2025-01-01')).toBeNull()
    expect(coverageDatesError('2025-01-01')).toBeNull()
  })

  it('refuses coverage that ends before it starts', () => {
    expect(coverageDatesError('2025-06-01', '2025-05-31')).toBe(
      'Coverage ends before it starts — check the dates on the insurance card',
    )
  })
})

describe('at most one active coverage per order on any date', () => {
  it('allows a new primary that starts after the old one ends', () => {
    expect(
      overlappingCoverageOrders([
        { order: 'primary', effectiveDate: '2024-01-01', endDate: '2024-12-31' },
        { order: 'primary', effectiveDate: '2025-01-01' },
      ]),
    ).toBeNull()
  })

  it('allows a primary and a secondary on the same dates', () => {
    expect(
      overlappingCoverageOrders([
        { order: 'primary', effectiveDate: '2025-01-01' },
        { order: 'secondary', effectiveDate: '2025-01-01' },
      ]),
    ).toBeNull()
  })

  it('names the order and the shared dates when two primaries overlap', () => {
    expect(
      overlappingCoverageOrders([
        { order: 'primary', effectiveDate: '2024-01-01', endDate: '2025-03-31' },
        { order: 'primary', effectiveDate: '2025-03-01', endDate: null },
      ]),
    ).toBe(
      'Two primary coverages are active from 2025-03-01 through 2025-03-31 — a patient has one primary coverage at a time; give the older one an end date or change its order',
    )
  })

  it('says "from … on" when neither coverage has ended', () => {
    expect(
      overlappingCoverageOrders([
        { order: 'secondary', effectiveDate: '2023-05-01' },
        { order: 'secondary', effectiveDate: '2024-02-01' },
      ]),
    ).toMatch(/^Two secondary coverages are active from 2024-02-01 on —/)
  })

  it('catches coverages that share a single day', () => {
    expect(
      overlappingCoverageOrders([
        { order: 'tertiary', effectiveDate: '2024-01-01', endDate: '2024-06-30' },
        { order: 'tertiary', effectiveDate: '2024-06-30', endDate: '2024-12-31' },
      ]),
    ).toMatch(/^Two tertiary coverages are active on 2024-06-30 —/)
  })

  it('points at both coverages by position', () => {
    expect(
      findCoverageOverlap([
        { order: 'primary', effectiveDate: '2025-01-01' },
        { order: 'secondary', effectiveDate: '2025-01-01' },
        { order: 'primary', effectiveDate: '2025-02-01', endDate: '2025-02-28' },
      ]),
    ).toEqual({ order: 'primary', first: 0, second: 2, from: '2025-02-01', through: '2025-02-28' })
  })
})
