import { describe, expect, it } from 'vitest'
import {
  Coverage,
  type CoverageInput,
  PatientCoverages,
} from '../../../../src/shared/schemas/coverage'
import { issuesOf, messageAt } from './issues'

const coverage: CoverageInput = {
  payerId: 3,
  order: 'primary',
  memberId: 'XKW123456789',
  groupNumber: '',
  planName: 'PPO Gold',
  relationship: 'self',
  subscriber: undefined,
  effectiveDate: '2025-01-01',
  endDate: '',
  copayCents: 2500,
}

const spouse = {
  lastName: 'Kowalski',
  firstName: 'Jan',
  dob: '1958-03-14',
  sex: 'M' as const,
  address: { street1: '12 Birch Ln', city: 'Dunmore', state: 'PA', zip: '18512' },
}

describe('coverage', () => {
  it('accepts a self-subscribed coverage with no end date', () => {
    const parsed = Coverage.parse(coverage)
    expect(parsed.subscriber).toBeUndefined()
    expect(parsed.endDate).toBeUndefined()
    expect(parsed.groupNumber).toBeUndefined()
    expect(parsed.copayCents).toBe(2500)
  })

  it('ignores and drops subscriber fields when the patient is the subscriber', () => {
    const input = { ...coverage, subscriber: { ...spouse, lastName: '', dob: 'soon' } }
    expect(Coverage.parse(input).subscriber).toBeUndefined()
  })

  it('keeps the subscriber when the patient is a spouse', () => {
    const parsed = Coverage.parse({ ...coverage, relationship: 'spouse', subscriber: spouse })
    expect(parsed.subscriber).toMatchObject({ firstName: 'Jan', dob: '1958-03-14', sex: 'M' })
  })

  it('requires subscriber name, birth date, sex and address when the patient is not the subscriber', () => {
    expect(issuesOf(Coverage, { ...coverage, relationship: 'child', subscriber: null })).toEqual([
      { path: 'subscriber.lastName', message: "Enter the subscriber's last name" },
      { path: 'subscriber.firstName', message: "Enter the subscriber's first name" },
      { path: 'subscriber.dob', message: "Enter the subscriber's date of birth" },
      {
        path: 'subscriber.sex',
        message: 'Pick the sex as on the insurance card: F, M or U (unknown)',
      },
      { path: 'subscriber.address', message: 'Enter the address: street, city, state and ZIP' },
    ])
  })

  it("checks the subscriber's details on their own fields", () => {
    const subscriber = { ...spouse, dob: '1958-02-30', address: { ...spouse.address, zip: '1851' } }
    expect(issuesOf(Coverage, { ...coverage, relationship: 'other', subscriber })).toEqual([
      {
        path: 'subscriber.dob',
        message:
          "Subscriber's date of birth 1958-02-30 is not a real date — check the day and month",
      },
      {
        path: 'subscriber.address.zip',
        message: 'ZIP code must be 5 digits or ZIP+4 like 12345-6789 — "1851" is not',
      },
    ])
  })

  it('refuses coverage that ends before it starts, on endDate', () => {
    expect(issuesOf(Coverage, { ...coverage, endDate: '2024-12-31' })).toEqual([
      {
        path: 'endDate',
        message: 'Coverage ends before it starts — check the dates on the insurance card',
      },
    ])
  })

  it('refuses a member ID with an X12 delimiter or a missing one', () => {
    expect(messageAt(Coverage, { ...coverage, memberId: 'XKW*1' }, 'memberId')).toBe(
      'Member ID contains "*", which claim files use as a separator — remove it',
    )
    expect(messageAt(Coverage, { ...coverage, memberId: '' }, 'memberId')).toBe(
      'Enter the member ID',
    )
  })

  it('keeps the group number within SBR03', () => {
    expect(messageAt(Coverage, { ...coverage, groupNumber: 'G'.repeat(51) }, 'groupNumber')).toBe(
      'Group number is 51 characters; claims allow at most 50 — shorten it',
    )
  })

  it('refuses a negative copay and an unpicked payer', () => {
    const issues = issuesOf(Coverage, { ...coverage, payerId: 0, copayCents: -5 })
    expect(issues).toEqual([
      { path: 'payerId', message: 'Pick the payer from the list' },
      { path: 'copayCents', message: "Copay can't be negative" },
    ])
  })

  it('refuses an order other than primary, secondary or tertiary', () => {
    expect(messageAt(Coverage, { ...coverage, order: 'quaternary' as 'primary' }, 'order')).toBe(
      'Pick whether this coverage is primary, secondary or tertiary',
    )
  })

  it('refuses an effective date that is not a real date', () => {
    expect(messageAt(Coverage, { ...coverage, effectiveDate: '2025-02-29' }, 'effectiveDate')).toBe(
      'Effective date 2025-02-29 is not a real date — check the day and month',
    )
  })
})

describe("a patient's coverages", () => {
  it('accepts one coverage per order', () => {
    const secondary = { ...coverage, payerId: 4, order: 'secondary' as const }
    expect(PatientCoverages.parse([coverage, secondary])).toHaveLength(2)
  })

  it('refuses two primaries active on the same dates, on the later one', () => {
    const older = { ...coverage, effectiveDate: '2024-01-01', endDate: '2025-01-31' }
    expect(issuesOf(PatientCoverages, [older, coverage])).toEqual([
      {
        path: '1.effectiveDate',
        message:
          'Two primary coverages are active from 2025-01-01 through 2025-01-31 — a patient has one primary coverage at a time; give the older one an end date or change its order',
      },
    ])
  })
})
