import { describe, expect, it } from 'vitest'
import type { ClaimData } from '../../../../../src/main/claims/claim'
import { findings } from './fixture'

const medicare = (d: ClaimData) => {
  d.payer.record.claimFilingIndicator = 'MB'
}

describe('coverage.medicare-secondary-type', () => {
  it('asks why Medicare pays second on a secondary claim to Medicare', () => {
    expect(
      findings('coverage.medicare-secondary-type', {
        data: medicare,
        claim: { responsibility: 'secondary' },
      }),
    ).toEqual([
      {
        field: 'coverage.medicareSecondaryType',
        message: expect.stringMatching(/^Medicare is the secondary payer here: pick/),
      },
    ])
  })

  it('passes once the reason is on the coverage, and never asks on a primary claim', () => {
    expect(
      findings('coverage.medicare-secondary-type', {
        data: (d) => {
          medicare(d)
          d.coverage.record.medicareSecondaryType = '12'
        },
        claim: { responsibility: 'tertiary' },
      }),
    ).toEqual([])
    expect(findings('coverage.medicare-secondary-type', { data: medicare })).toEqual([])
  })

  it('does not ask on a secondary claim to a commercial payer', () => {
    expect(
      findings('coverage.medicare-secondary-type', { claim: { responsibility: 'secondary' } }),
    ).toEqual([])
  })
})
