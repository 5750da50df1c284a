import { describe, expect, it } from 'vitest'
import { claim837 } from '../../../../src/main/claims/to837'
import { claimData, claimRecord, line } from './scrubber/fixture'

describe('claim837: SBR05 (insurance type code)', () => {
  function subscriberOf(responsibility: 'primary' | 'secondary', indicator: 'MB' | 'CI') {
    const data = claimData()
    data.payer.record.claimFilingIndicator = indicator
    data.coverage.record.medicareSecondaryType = '43'
    return claim837(claimRecord(data, { responsibility }), [line()]).subscriber
  }

  it('carries why Medicare pays second on a secondary claim to Medicare', () => {
    expect(subscriberOf('secondary', 'MB').insuranceTypeCode).toBe('43')
  })

  it('leaves SBR05 empty on a primary claim and on a claim to another payer', () => {
    expect(subscriberOf('primary', 'MB').insuranceTypeCode).toBeUndefined()
    expect(subscriberOf('secondary', 'CI').insuranceTypeCode).toBeUndefined()
  })
})
