import { describe, expect, it } from 'vitest'
import { inSentence, optionalField, requiredField } from '../../../../src/shared/validators/field'

const code = (value: string) =>
  value === '' ? 'Enter the code' : value === 'ok' ? null : 'Bad code'

describe('fields checked by a rule', () => {
  it("uses the rule's answer to a blank value when the field is missing", () => {
    expect(requiredField(code).safeParse(undefined).error?.issues[0]?.message).toBe(
      'Enter the code',
    )
    expect(requiredField(code).safeParse('  ').error?.issues[0]?.message).toBe('Enter the code')
  })

  it('normalizes only a value the rule accepts', () => {
    expect(requiredField(code, (v) => v.toUpperCase()).parse(' ok ')).toBe('OK')
    expect(requiredField(code).safeParse('no').error?.issues[0]?.message).toBe('Bad code')
  })

  it('treats blank, null and absent optional values as not given', () => {
    const field = optionalField(code)
    expect(field.parse('')).toBeUndefined()
    expect(field.parse(null)).toBeUndefined()
    expect(field.parse(undefined)).toBeUndefined()
    expect(field.safeParse('no').error?.issues[0]?.message).toBe('Bad code')
  })

  it('lowercases only the first letter of a label', () => {
    expect(inSentence('Member ID')).toBe('member ID')
  })
})
