import { describe, expect, it } from 'vitest'
import {
  PlaceOfService,
  placeOfServiceError,
} from '../../../../src/shared/validators/placeOfService'

describe('place of service', () => {
  it('accepts a two-digit CMS code', () => {
    expect(placeOfServiceError('11')).toBeNull()
    expect(PlaceOfService.parse(' 02 ')).toBe('02')
  })

  it.each(['1', '011', 'OF', '00'])('refuses "%s"', (code) => {
    expect(placeOfServiceError(code)).toBe(
      `Place of service "${code}" is not a CMS code — it is two digits from 01 to 99, like 11 for an office`,
    )
  })

  it('asks for it when blank', () => {
    expect(placeOfServiceError('')).toBe('Pick the place of service, like 11 for an office')
  })
})
