import { describe, expect, it } from 'vitest'
import { emailError, OptionalEmail } from '../../../../src/shared/validators/email'

describe('email address', () => {
  it('accepts an ordinary address and stores it lower case', () => {
    expect(emailError('pat.smith+bills@example.co.uk')).toBeNull()
    expect(OptionalEmail.parse(' Pat@Example.com ')).toBe('pat@example.com')
  })

  it('is optional', () => {
    expect(OptionalEmail.parse('')).toBeUndefined()
    expect(OptionalEmail.parse(undefined)).toBeUndefined()
  })

  it.each([
    'pat',
    'pat@example',
    'pat@@example.com',
    'pat smith@example.com',
    '@example.com',
    'pat@example.',
  ])('refuses "%s"', (typed) => {
    expect(emailError(typed)).toBe(
      `"${typed}" is not an email address — it should look like name@example.com`,
    )
  })
})
