import { describe, expect, it } from 'vitest'
import { findings, line } from './fixture'

describe('em.one-per-day', () => {
  it('refuses a second E/M on the same claim (99214-25 beside 99213)', () => {
    const lines = [line({ code: '99214', modifiers: ['25'] }), line({ code: '99213' })]
    expect(findings('em.one-per-day', { lines })).toEqual([
      {
        field: 'lines.1.code',
        message: expect.stringMatching(
          /^Line 2: 99213 is a second E\/M visit .*line 1 bills 99214/,
        ),
      },
    ])
  })

  it('refuses an E/M when another claim bills one from the same provider that day', () => {
    const lookalikes = [
      { patientControlNumber: '100007-8-1', code: '99212', renderingProviderId: 4 },
    ]
    expect(findings('em.one-per-day', { lines: [line({ code: '99213' })], lookalikes })).toEqual([
      { field: 'lines.0.code', message: expect.stringContaining('claim 100007-8-1 already bills') },
    ])
  })

  it('allows a preventive visit with a problem visit, and another provider’s E/M', () => {
    const lines = [line({ code: '99396' }), line({ code: '99213', modifiers: ['25'] })]
    const lookalikes = [
      { patientControlNumber: '100007-8-1', code: '99212', renderingProviderId: 5 },
    ]
    expect(findings('em.one-per-day', { lines, lookalikes })).toEqual([])
  })
})
