import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('practice.profile', () => {
  it('asks for the billing provider to be set up when it is not', () => {
    expect(findings('practice.profile')).toEqual([])
    expect(findings('practice.profile', { data: (d) => (d.practice = null) })).toEqual([
      expect.objectContaining({
        field: 'practice',
        message: expect.stringMatching(/not set up as billing provider/),
      }),
    ])
  })
})

describe('billing.ein', () => {
  it('passes a 9-digit EIN and refuses a missing one or an SSN', () => {
    expect(findings('billing.ein')).toEqual([])
    expect(findings('billing.ein', { data: (d) => (d.practice!.ein = '') })[0]!.message).toMatch(
      /Enter the practice's EIN/,
    )
    expect(
      findings('billing.ein', { data: (d) => (d.practice!.ein = '123-45-6789') })[0]!.message,
    ).toMatch(/looks like a Social Security number/)
  })
})
