import { describe, expect, it } from 'vitest'
import {
  optionalX12Text,
  x12Text,
  X12_TEXT,
  x12TextError,
} from '../../../../src/shared/validators/x12Text'

describe('free text bound for an 837P', () => {
  it('bounds each element as the implementation guide does', () => {
    expect(X12_TEXT.lastName.max).toBe(60)
    expect(X12_TEXT.organizationName.max).toBe(60)
    expect(X12_TEXT.firstName.max).toBe(35)
    expect(X12_TEXT.middleName.max).toBe(25)
    expect(X12_TEXT.suffix.max).toBe(10)
    expect(X12_TEXT.addressLine.max).toBe(55)
    expect(X12_TEXT.city.max).toBe(30)
    expect(X12_TEXT.memberId.max).toBe(80)
    expect(X12_TEXT.groupNumber.max).toBe(50)
  })

  it('accepts text within the limit and trims it', () => {
    expect(x12TextError("O'Brien-Smith", X12_TEXT.lastName)).toBeNull()
    expect(x12Text(X12_TEXT.lastName).parse('  Nguyen ')).toBe('Nguyen')
    expect(x12TextError('x'.repeat(35), X12_TEXT.firstName)).toBeNull()
  })

  it('refuses text longer than the element allows, naming the field', () => {
    expect(x12TextError('x'.repeat(36), X12_TEXT.firstName)).toBe(
      'First name is 36 characters; claims allow at most 35 — shorten it',
    )
    expect(x12TextError('x'.repeat(31), X12_TEXT.city)).toMatch(/^City is 31 characters/)
  })

  it.each(['~', '*', ':', '^', '|'])('refuses the X12 delimiter %s, naming it', (char) => {
    expect(x12TextError(`Smith${char}Jones`, X12_TEXT.lastName)).toBe(
      `Last name contains "${char}", which claim files use as a separator — remove it`,
    )
  })

  it('refuses control characters, saying which', () => {
    expect(x12TextError('Smith\tJones', X12_TEXT.lastName)).toBe(
      'Last name contains a tab — retype it on one line',
    )
    expect(x12TextError('12 Main St\nApt 4', X12_TEXT.addressLine)).toBe(
      'Street address contains a line break — retype it on one line',
    )
    expect(x12TextError('Smith\u0007', X12_TEXT.lastName)).toBe(
      'Last name contains an invisible control character (U+0007) — retype it on one line',
    )
  })

  it('refuses a member ID or city shorter than the element minimum', () => {
    expect(x12TextError('A', X12_TEXT.memberId)).toBe(
      'Member ID must be at least 2 characters on a claim',
    )
    expect(x12TextError('X', X12_TEXT.city)).toMatch(/at least 2 characters/)
  })

  it('uses the label the form gives the field', () => {
    const spec = { ...X12_TEXT.organizationName, label: 'Legal name' }
    expect(x12Text(spec).safeParse('').error?.issues[0]?.message).toBe('Enter the legal name')
    expect(x12TextError('A*B', spec)).toMatch(/^Legal name contains "\*"/)
  })

  it('lets an optional field be blank but checks what is typed', () => {
    const middle = optionalX12Text(X12_TEXT.middleName)
    expect(middle.parse('')).toBeUndefined()
    expect(middle.parse(null)).toBeUndefined()
    expect(middle.parse(' Q ')).toBe('Q')
    expect(middle.safeParse('Q*').error?.issues[0]?.message).toMatch(/contains "\*"/)
  })
})
