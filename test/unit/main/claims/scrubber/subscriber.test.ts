import { describe, expect, it } from 'vitest'
import type { ClaimData } from '../../../../../src/main/claims/claim'
import { Subscriber } from '../../../../../src/shared/schemas/coverage'
import { findings } from './fixture'

const asChild = (d: ClaimData) => {
  d.coverage.record.relationship = 'child'
  d.coverage.record.subscriber = Subscriber.parse({
    lastName: 'Testparent',
    firstName: 'Bernard',
    dob: '1940-07-04',
    sex: 'M',
    address: { street1: '12 Example St', city: 'Springfield', state: 'IL', zip: '62701' },
  })
}

describe('subscriber.demographics', () => {
  it('passes a self coverage and a dependent coverage with a full subscriber', () => {
    expect(findings('subscriber.demographics')).toEqual([])
    expect(findings('subscriber.demographics', { data: asChild })).toEqual([])
  })
  it("asks for the subscriber's date of birth and sex when the patient is not the subscriber", () => {
    const hits = findings('subscriber.demographics', {
      data: (d) => {
        asChild(d)
        d.coverage.record.subscriber!.dob = ''
        d.coverage.record.subscriber!.sex = '' as 'M'
      },
    })
    expect(hits.map((h) => h.field)).toEqual(['coverage.subscriber.dob', 'coverage.subscriber.sex'])
  })
  it('asks for a subscriber when none is on a dependent coverage', () => {
    const hits = findings('subscriber.demographics', {
      data: (d) => (d.coverage.record.relationship = 'spouse'),
    })
    expect(hits[0]!.message).toMatch(/subscriber's spouse, but has no subscriber/)
  })
})

describe('subscriber.relationship', () => {
  it("refuses a 'child' who was born before the subscriber", () => {
    const hits = findings('subscriber.relationship', {
      data: (d) => {
        asChild(d)
        d.coverage.record.subscriber!.dob = '1970-01-01'
        d.patient.record.dob = '1962-03-14'
      },
    })
    expect(hits).toEqual([expect.objectContaining({ field: 'coverage.subscriber.dob' })])
  })
  it('says to pick self when the subscriber is the patient', () => {
    const hits = findings('subscriber.relationship', {
      data: (d) => {
        asChild(d)
        Object.assign(d.coverage.record.subscriber!, {
          lastName: 'TESTPATIENT',
          firstName: 'alice',
          dob: '1962-03-14',
        })
      },
    })
    expect(hits[0]!.message).toMatch(/pick self if the patient holds the policy/)
  })
  it('passes a consistent dependent coverage', () => {
    expect(findings('subscriber.relationship', { data: asChild })).toEqual([])
  })
})
