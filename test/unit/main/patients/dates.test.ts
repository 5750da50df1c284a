import { describe, expect, it } from 'vitest'
import { asDate } from '../../../../src/main/patients/search'

describe('dates as a front desk types them', () => {
  it('takes the form’s YYYY-MM-DD as is', () => {
    expect(asDate('1962-03-14')).toBe('1962-03-14')
  })

  it('reads MM/DD/YYYY as on an insurance card, with or without leading zeros', () => {
    expect(asDate('03/14/1962')).toBe('1962-03-14')
    expect(asDate('3/4/1962')).toBe('1962-03-04')
  })

  it('does not guess at two-digit years or day-first dates written with dots', () => {
    expect(asDate('3/14/62')).toBeNull()
    expect(asDate('14.03.1962')).toBeNull()
    expect(asDate('1962-3-14')).toBeNull()
  })
})
