import { describe, expect, it } from 'vitest'
import {
  ADMINISTRATIVE_SEX_LABELS,
  AdministrativeSex,
  administrativeSexError,
} from '../../../../src/shared/validators/administrativeSex'

describe('administrative sex', () => {
  it('accepts F, M and U, each labelled for the picker', () => {
    for (const code of AdministrativeSex.options) {
      expect(administrativeSexError(code)).toBeNull()
      expect(ADMINISTRATIVE_SEX_LABELS[code]).toBeTruthy()
    }
    expect(AdministrativeSex.options).toEqual(['F', 'M', 'U'])
  })

  it('refuses anything else, including lower case', () => {
    expect(administrativeSexError('X')).toBe(
      'Sex "X" is not F, M or U — pick it as on the insurance card',
    )
    expect(AdministrativeSex.safeParse('f').error?.issues[0]?.message).toMatch(/not F, M or U/)
  })

  it('asks for it when missing', () => {
    expect(AdministrativeSex.safeParse(undefined).error?.issues[0]?.message).toBe(
      'Pick the sex as on the insurance card: F, M or U (unknown)',
    )
  })
})
