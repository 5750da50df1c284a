import { describe, expect, it } from 'vitest'
import { ProcedureCode, procedureCodeError } from '../../../../src/shared/validators/procedureCode'

describe('CPT and HCPCS codes', () => {
  it.each(['99213', '3074F', '0042T', '0001U', 'J3420', 'G0438'])('accepts %s', (code) => {
    expect(procedureCodeError(code)).toBeNull()
  })

  it('stores the code upper case', () => {
    expect(ProcedureCode.parse(' j3420 ')).toBe('J3420')
  })

  it.each(['9921', '992134', '3074X', 'JJ342', '99213-25', 'J342'])('refuses %s', (code) => {
    expect(procedureCodeError(code)).toBe(
      `"${code}" is not a CPT or HCPCS code — CPT is 5 digits (99213, or 4 digits and F/T/U like 3074F), HCPCS a letter and 4 digits (J3420); enter modifiers separately`,
    )
  })

  it('asks for the code when blank', () => {
    expect(procedureCodeError('')).toBe('Enter the CPT or HCPCS code, like 99213 or J3420')
  })
})
