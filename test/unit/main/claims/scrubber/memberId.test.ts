import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('subscriber.memberId', () => {
  it('passes a member ID', () => {
    expect(findings('subscriber.memberId')).toEqual([])
  })
  it('asks for a missing member ID at coverage.memberId', () => {
    expect(
      findings('subscriber.memberId', { data: (d) => (d.coverage.record.memberId = ' ') }),
    ).toEqual([
      {
        field: 'coverage.memberId',
        message: expect.stringMatching(
          /member ID for Example Health Plan \(FAKE\) is missing — copy it from the insurance card/,
        ),
      },
    ])
  })
  it('refuses a member ID of one character', () => {
    expect(
      findings('subscriber.memberId', { data: (d) => (d.coverage.record.memberId = 'X') })[0]!
        .message,
    ).toMatch(/at least 2 characters/)
  })
})
