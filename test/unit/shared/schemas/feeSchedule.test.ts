import { describe, expect, it } from 'vitest'
import { FeeScheduleEntry } from '../../../../src/shared/schemas/feeSchedule'
import { issuesOf, messageAt } from './issues'

describe('fee schedule entry', () => {
  it('accepts a charge with expected allowed amounts per payer', () => {
    const parsed = FeeScheduleEntry.parse({
      code: '99213',
      chargeCents: 15000,
      expectedAllowed: [
        { payerId: 1, allowedCents: 9211 },
        { payerId: 2, allowedCents: 0 },
      ],
    })
    expect(parsed.chargeCents).toBe(15000)
    expect(parsed.expectedAllowed).toHaveLength(2)
  })

  it('defaults to no expected allowed amounts and upper-cases HCPCS codes', () => {
    expect(FeeScheduleEntry.parse({ code: 'j3420', chargeCents: 4500 })).toEqual({
      code: 'J3420',
      chargeCents: 4500,
      expectedAllowed: [],
    })
  })

  it('refuses a code that is neither CPT nor HCPCS', () => {
    expect(messageAt(FeeScheduleEntry, { code: '9921', chargeCents: 100 }, 'code')).toMatch(
      /^"9921" is not a CPT or HCPCS code/,
    )
  })

  it('refuses a zero or fractional charge', () => {
    expect(messageAt(FeeScheduleEntry, { code: '99213', chargeCents: 0 }, 'chargeCents')).toBe(
      'Charge must be more than $0.00 — enter the amount',
    )
    expect(messageAt(FeeScheduleEntry, { code: '99213', chargeCents: 1.5 }, 'chargeCents')).toBe(
      'Charge must be whole cents — got 1.5',
    )
  })

  it('refuses a negative expected allowed amount on its row', () => {
    const entry = {
      code: '99213',
      chargeCents: 100,
      expectedAllowed: [{ payerId: 1, allowedCents: -1 }],
    }
    expect(issuesOf(FeeScheduleEntry, entry)).toEqual([
      {
        path: 'expectedAllowed.0.allowedCents',
        message: "Expected allowed amount can't be negative",
      },
    ])
  })

  it('refuses a row without a payer', () => {
    const entry = {
      code: '99213',
      chargeCents: 100,
      expectedAllowed: [{ payerId: 0, allowedCents: 1 }],
    }
    expect(messageAt(FeeScheduleEntry, entry, 'expectedAllowed.0.payerId')).toBe(
      'Pick the payer from the list',
    )
  })

  it('refuses two rows for the same payer, on the second', () => {
    const entry = {
      code: '99213',
      chargeCents: 100,
      expectedAllowed: [
        { payerId: 4, allowedCents: 80 },
        { payerId: 4, allowedCents: 90 },
      ],
    }
    expect(issuesOf(FeeScheduleEntry, entry)).toEqual([
      {
        path: 'expectedAllowed.1.payerId',
        message:
          'This payer already has an expected allowed amount for 99213 — keep one row per payer',
      },
    ])
  })
})
