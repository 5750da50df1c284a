import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('claim.duplicate', () => {
  it('warns when another claim bills the same code for the same patient, date and payer', () => {
    const hits = findings('claim.duplicate', {
      lookalikes: [{ patientControlNumber: '100007-8-1', code: '99213', renderingProviderId: 4 }],
    })
    expect(hits).toEqual([
      {
        field: 'lines.0.code',
        message: expect.stringMatching(
          /^Line 1: claim 100007-8-1 already bills 99213 to this payer/,
        ),
      },
    ])
  })
  it('passes when the other claims bill other codes', () => {
    expect(
      findings('claim.duplicate', {
        lookalikes: [{ patientControlNumber: '100007-8-1', code: '36415', renderingProviderId: 4 }],
      }),
    ).toEqual([])
  })
})
