import { describe, expect, it } from 'vitest'
import {
  CLAIM_FILING_INDICATORS,
  ClaimFilingIndicator,
  claimFilingIndicatorError,
} from '../../../../src/shared/validators/claimFilingIndicator'

describe('claim filing indicator (837P SBR09)', () => {
  it('lists the 23 codes with their labels', () => {
    expect(CLAIM_FILING_INDICATORS).toHaveLength(23)
    const label = (code: string) => CLAIM_FILING_INDICATORS.find((c) => c.code === code)?.label
    expect(label('16')).toBe('HMO Medicare Risk (Medicare Advantage)')
    expect(label('MB')).toBe('Medicare Part B')
    expect(label('CH')).toBe('CHAMPUS/TRICARE')
    expect(label('WC')).toBe("Workers' Compensation")
    expect(label('ZZ')).toBe('Mutually Defined')
  })

  it('accepts a listed code', () => {
    expect(ClaimFilingIndicator.parse('CI')).toBe('CI')
  })

  it('refuses an unlisted code', () => {
    expect(claimFilingIndicatorError('MX')).toBe(
      '"MX" is not a claim filing indicator (837P SBR09) — pick one from the list, like CI or MB',
    )
    expect(ClaimFilingIndicator.safeParse('10').error?.issues[0]?.message).toMatch(/"10" is not/)
  })

  it('asks for one when missing', () => {
    expect(ClaimFilingIndicator.safeParse(undefined).error?.issues[0]?.message).toBe(
      "Pick the payer's claim filing indicator, like CI for commercial insurance or MB for Medicare Part B",
    )
  })
})
