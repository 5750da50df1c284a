import { describe, expect, it } from 'vitest'
import { US_STATES, UsState, usStateError } from '../../../../src/shared/validators/usState'

describe('US state and territory codes', () => {
  it('lists 50 states, DC, 5 territories and 3 military codes, each with a name', () => {
    expect(US_STATES).toHaveLength(59)
    const codes = US_STATES.map((s) => s.code)
    expect(new Set(codes).size).toBe(59)
    for (const code of ['DC', 'PR', 'VI', 'GU', 'AS', 'MP', 'AA', 'AE', 'AP']) {
      expect(codes).toContain(code)
    }
    expect(US_STATES.find((s) => s.code === 'NY')?.name).toBe('New York')
  })

  it('accepts a code in any case and stores it upper case', () => {
    expect(usStateError('ny')).toBeNull()
    expect(UsState.parse(' pr ')).toBe('PR')
  })

  it('refuses a code that is not a state or territory', () => {
    expect(usStateError('XX')).toBe(
      '"XX" is not a US state or territory code — pick one from the list, like NY or PR',
    )
    expect(usStateError('ON')).toMatch(/not a US state/)
    expect(usStateError('New York')).toMatch(/not a US state/)
  })

  it('asks for the state when blank', () => {
    expect(UsState.safeParse('').error?.issues[0]?.message).toBe('Pick the state')
  })
})
