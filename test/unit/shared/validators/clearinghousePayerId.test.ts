import { describe, expect, it } from 'vitest'
import {
  ClearinghousePayerId,
  clearinghousePayerIdError,
} from '../../../../src/shared/validators/clearinghousePayerId'

describe('clearinghouse payer ID', () => {
  it('accepts 2 to 80 letters and digits, stored upper case', () => {
    expect(clearinghousePayerIdError('87726')).toBeNull()
    expect(clearinghousePayerIdError('SB580')).toBeNull()
    expect(clearinghousePayerIdError('A'.repeat(80))).toBeNull()
    expect(ClearinghousePayerId.parse(' sb580 ')).toBe('SB580')
  })

  it('refuses punctuation and spaces', () => {
    expect(clearinghousePayerIdError('SB-580')).toBe(
      'Payer ID "SB-580" may hold only letters and digits — copy it from the clearinghouse\'s payer list',
    )
    expect(clearinghousePayerIdError('SB 580')).toMatch(/only letters and digits/)
  })

  it('refuses an ID shorter than 2 or longer than 80 characters', () => {
    expect(clearinghousePayerIdError('7')).toBe(
      'Payer ID "7" must be 2 to 80 characters — copy it from the clearinghouse\'s payer list',
    )
    expect(clearinghousePayerIdError('A'.repeat(81))).toMatch(/must be 2 to 80 characters/)
  })

  it('asks for it when blank', () => {
    expect(clearinghousePayerIdError('')).toBe(
      "Enter the payer ID from the clearinghouse's payer list, like 87726",
    )
  })
})
