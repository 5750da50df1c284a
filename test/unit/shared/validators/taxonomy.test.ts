import { describe, expect, it } from 'vitest'
import { TaxonomyCode, taxonomyCodeError } from '../../../../src/shared/validators/taxonomy'

describe('taxonomy code', () => {
  it.each(['207Q00000X', '208D00000X', '261QP2300X', '363LF0000X', '1223G0001X'])(
    'accepts the NUCC code %s',
    (code) => {
      expect(taxonomyCodeError(code)).toBeNull()
    },
  )

  it('stores the code upper case', () => {
    expect(TaxonomyCode.parse('261qp2300x')).toBe('261QP2300X')
  })

  it('refuses codes of the wrong shape', () => {
    expect(taxonomyCodeError('207Q00000')).toBe(
      '"207Q00000" is not a taxonomy code — it has 10 characters ending in X, like 207Q00000X; copy it from the NPPES record',
    )
    expect(taxonomyCodeError('207Q00000Y')).toMatch(/not a taxonomy code/)
    expect(taxonomyCodeError('A07Q00000X')).toMatch(/not a taxonomy code/)
    expect(taxonomyCodeError('207Q0-000X')).toMatch(/not a taxonomy code/)
  })

  it('asks for the code when blank', () => {
    expect(taxonomyCodeError('')).toBe('Enter the taxonomy code — 10 characters, like 207Q00000X')
  })
})
