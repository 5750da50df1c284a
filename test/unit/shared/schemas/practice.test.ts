import { describe, expect, it } from 'vitest'
import { Practice, type PracticeInput } from '../../../../src/shared/schemas/practice'
import { issuesOf, messageAt } from './issues'

const practice: PracticeInput = {
  legalName: 'Lackawanna Family Medicine LLC',
  billingNpi: '1234567893',
  ein: '12-3456789',
  taxonomyCode: '261qp2300x',
  billingAddress: {
    street1: '400 Spruce St',
    street2: '',
    city: 'Scranton',
    state: 'PA',
    zip: '18503-1234',
  },
  payToAddress: { street1: '', street2: '', city: '', state: '', zip: '' },
  phone: '(570) 555-0142',
}

describe('practice (billing provider)', () => {
  it('accepts a complete practice and normalizes it for storage', () => {
    const parsed = Practice.parse(practice)
    expect(parsed.ein).toBe('123456789')
    expect(parsed.taxonomyCode).toBe('261QP2300X')
    expect(parsed.billingAddress.zip).toBe('185031234')
    expect(parsed.payToAddress).toBeUndefined()
    expect(parsed.phone).toBe('5705550142')
  })

  it('accepts a PO box as the pay-to address', () => {
    const payToAddress = { street1: 'PO Box 880', city: 'Scranton', state: 'PA', zip: '18501' }
    expect(Practice.parse({ ...practice, payToAddress }).payToAddress?.street1).toBe('PO Box 880')
  })

  it('refuses a PO box as the billing address, on billingAddress.street1', () => {
    const input = {
      ...practice,
      billingAddress: { ...practice.billingAddress, street1: 'PO Box 880' },
    }
    expect(messageAt(Practice, input, 'billingAddress.street1')).toMatch(
      /^"PO Box 880" is a PO box/,
    )
  })

  it('refuses a billing address without ZIP+4, on billingAddress.zip', () => {
    const input = { ...practice, billingAddress: { ...practice.billingAddress, zip: '18503' } }
    expect(messageAt(Practice, input, 'billingAddress.zip')).toMatch(/needs its 4-digit extension/)
  })

  it('refuses a billing NPI that fails its check digit', () => {
    expect(messageAt(Practice, { ...practice, billingNpi: '1234567890' }, 'billingNpi')).toBe(
      "NPI 1234567890 fails its check digit — re-check the number on the provider's NPPES record",
    )
  })

  it('refuses an EIN with an unassigned prefix', () => {
    expect(messageAt(Practice, { ...practice, ein: '07-1234567' }, 'ein')).toMatch(
      /prefix the IRS does not assign/,
    )
  })

  it('refuses a bad taxonomy code and a bad phone', () => {
    const issues = issuesOf(Practice, { ...practice, taxonomyCode: '207Q', phone: '555-0142' })
    expect(issues.map((i) => i.path)).toEqual(['taxonomyCode', 'phone'])
  })

  it('asks for the legal name, and keeps it within NM103', () => {
    expect(messageAt(Practice, { ...practice, legalName: ' ' }, 'legalName')).toBe(
      'Enter the legal name',
    )
    expect(messageAt(Practice, { ...practice, legalName: 'A'.repeat(61) }, 'legalName')).toBe(
      'Legal name is 61 characters; claims allow at most 60 — shorten it',
    )
  })

  it('points a half-filled pay-to address at the missing field', () => {
    const payToAddress = {
      street1: 'PO Box 880',
      street2: '',
      city: 'Scranton',
      state: 'PA',
      zip: '',
    }
    expect(issuesOf(Practice, { ...practice, payToAddress })).toEqual([
      { path: 'payToAddress.zip', message: 'Enter the ZIP code — 5 digits, or 9 as 12345-6789' },
    ])
  })
})
