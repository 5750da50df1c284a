import { describe, expect, it } from 'vitest'
import { Payer, type PayerInput } from '../../../../src/shared/schemas/payer'
import { messageAt } from './issues'

const payer: PayerInput = {
  name: 'Keystone Health Plan',
  clearinghousePayerId: 'kh123',
  claimFilingIndicator: 'CI',
  claimsAddress: null,
  acceptsElectronicClaims: true,
}

const timelyMessage =
  "Timely filing limit must be a whole number of days from 1 to 730 — check the payer's provider manual"

describe('payer', () => {
  it('fills in a 365-day timely filing limit and no prior authorization', () => {
    expect(Payer.parse(payer)).toEqual({
      name: 'Keystone Health Plan',
      clearinghousePayerId: 'KH123',
      claimFilingIndicator: 'CI',
      claimsAddress: undefined,
      timelyFilingDays: 365,
      followUpDays: 30,
      acceptsElectronicClaims: true,
      requiresPriorAuthorization: false,
      medigap: false,
    })
  })

  it('keeps a claims address, PO boxes included', () => {
    const claimsAddress = { street1: 'PO Box 890', city: 'Harrisburg', state: 'PA', zip: '17108' }
    expect(Payer.parse({ ...payer, claimsAddress }).claimsAddress?.zip).toBe('17108')
  })

  it.each([0, 731, 90.5])('refuses a timely filing limit of %s days', (days) => {
    expect(messageAt(Payer, { ...payer, timelyFilingDays: days }, 'timelyFilingDays')).toBe(
      timelyMessage,
    )
  })

  it('accepts the bounds of the timely filing limit', () => {
    expect(Payer.parse({ ...payer, timelyFilingDays: 1 }).timelyFilingDays).toBe(1)
    expect(Payer.parse({ ...payer, timelyFilingDays: 730 }).timelyFilingDays).toBe(730)
  })

  it('refuses a payer ID with punctuation', () => {
    expect(
      messageAt(Payer, { ...payer, clearinghousePayerId: 'KH-1' }, 'clearinghousePayerId'),
    ).toMatch(/may hold only letters and digits/)
  })

  it('refuses an unknown claim filing indicator', () => {
    expect(
      messageAt(Payer, { ...payer, claimFilingIndicator: 'XX' as 'CI' }, 'claimFilingIndicator'),
    ).toMatch(/^"XX" is not a claim filing indicator/)
  })

  it('asks whether the payer takes electronic claims', () => {
    const unanswered = { ...payer, acceptsElectronicClaims: undefined }
    expect(messageAt(Payer, unanswered, 'acceptsElectronicClaims')).toBe(
      'Say whether this payer accepts electronic claims',
    )
  })

  it('asks for the payer name', () => {
    expect(messageAt(Payer, { ...payer, name: '' }, 'name')).toBe('Enter the payer name')
  })
})
