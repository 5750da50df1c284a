import { describe, expect, it } from 'vitest'
import { cents } from '../../../../../src/shared/money'
import { daysBetween } from '../../../../../src/main/claims/scrubber/dates'
import { findings } from './fixture'

describe('dos.future', () => {
  it('refuses a date of service after today', () => {
    expect(findings('dos.future')).toEqual([])
    expect(findings('dos.future', { today: '2026-02-19' })).toEqual([
      {
        field: 'visit.dateOfService',
        message: expect.stringMatching(/^The date of service 2026-02-20 is in the future/),
      },
    ])
  })
})

describe('dos.timely', () => {
  it("refuses a claim past the payer's filing limit, saying by how much", () => {
    expect(daysBetween('2026-02-20', '2027-02-21')).toBe(366)
    const hits = findings('dos.timely', { today: '2027-02-22' })
    expect(hits).toEqual([
      {
        field: 'visit.dateOfService',
        message: expect.stringMatching(
          /allows 365 days to file from 2026-02-20; that passed 2 days ago/,
        ),
      },
    ])
  })
  it('passes on the last day', () => {
    expect(findings('dos.timely', { today: '2027-02-20' })).toEqual([])
  })
  it("counts a secondary claim's days from the primary's adjudication", () => {
    const hits = findings('dos.timely', {
      today: '2027-03-01',
      claim: { responsibility: 'secondary' },
      data: (d) => {
        d.otherPayers = [
          {
            responsibility: 'primary',
            coverageId: 30,
            coverage: d.coverage.record,
            payer: d.payer,
            adjudication: { paidCents: cents(10000), adjudicatedOn: '2026-04-01' },
          },
        ]
      },
    })
    expect(hits).toEqual([])
  })
  it('leaves replacements and voids to the corrected-claim limit', () => {
    expect(
      findings('dos.timely', {
        today: '2027-06-01',
        claim: { frequency: '7', originalReference: 'X1' },
      }),
    ).toEqual([])
  })
})

describe('dos.timely-soon', () => {
  it('warns when two weeks or less are left to file', () => {
    expect(findings('dos.timely-soon', { today: '2027-01-01' })).toEqual([])
    expect(findings('dos.timely-soon', { today: '2027-02-10' })[0]!.message).toBe(
      "Only 10 of Example Health Plan (FAKE)'s 365 filing days are left — send this claim today",
    )
  })
})
