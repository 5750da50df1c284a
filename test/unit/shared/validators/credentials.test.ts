import { describe, expect, it } from 'vitest'
import {
  COMMON_CREDENTIALS,
  Credentials,
  credentialsError,
} from '../../../../src/shared/validators/credentials'

describe('provider credentials', () => {
  it('accepts every credential the picker suggests', () => {
    for (const credential of COMMON_CREDENTIALS) expect(credentialsError(credential)).toBeNull()
  })

  it('accepts several credentials separated by commas', () => {
    expect(credentialsError('MD, FACP')).toBeNull()
    expect(Credentials.parse(' M.D. ')).toBe('M.D.')
  })

  it('refuses digits, X12 delimiters and overlong text', () => {
    const message =
      'Credentials "MD*" should be letters like MD, DO, NP or PA-C, separated by commas (30 characters at most)'
    expect(credentialsError('MD*')).toBe(message)
    expect(credentialsError('MD 2')).toMatch(/should be letters/)
    expect(credentialsError('MD, '.repeat(10))).toMatch(/should be letters/)
  })

  it('asks for the credentials when blank', () => {
    expect(credentialsError('')).toBe("Enter the provider's credentials, like MD, DO, NP or PA-C")
  })
})
