import { describe, expect, it } from 'vitest'
import {
  Address,
  BillingProviderAddress,
  optionalAddress,
  ServiceLocationAddress,
} from '../../../../src/shared/schemas/address'
import { issuesOf, messageAt } from './issues'

const home = { street1: 'PO Box 12', street2: '', city: 'Scranton', state: 'pa', zip: '18503' }
const office = {
  street1: '400 Spruce St',
  street2: 'Suite 200',
  city: 'Scranton',
  state: 'PA',
  zip: '18503-1234',
}

describe('mailing address', () => {
  it('accepts a PO box and a 5-digit ZIP, and normalizes the parts', () => {
    expect(Address.parse(home)).toEqual({
      street1: 'PO Box 12',
      street2: undefined,
      city: 'Scranton',
      state: 'PA',
      zip: '18503',
    })
  })

  it('puts each problem on its own field', () => {
    const issues = issuesOf(Address, { street1: '', city: 'S', state: 'ZZ', zip: '1850' })
    expect(issues.map((i) => i.path)).toEqual(['street1', 'city', 'state', 'zip'])
    expect(messageAt(Address, { ...home, street1: '' }, 'street1')).toBe('Enter the street address')
  })

  it('asks for the whole address when it is missing', () => {
    expect(issuesOf(Address, undefined)).toEqual([
      { path: '', message: 'Enter the address: street, city, state and ZIP' },
    ])
  })
})

describe('billing provider address (837P 2010AA)', () => {
  it('accepts a street address with ZIP+4', () => {
    expect(BillingProviderAddress.parse(office).zip).toBe('185031234')
  })

  it('refuses a PO box as the billing address', () => {
    expect(messageAt(BillingProviderAddress, { ...office, street1: 'P.O. Box 9' }, 'street1')).toBe(
      '"P.O. Box 9" is a PO box — payers reject a PO box as the billing provider address; enter the office\'s street address and put the PO box in the pay-to address',
    )
  })

  it('refuses a PO box on the second line too', () => {
    expect(
      messageAt(BillingProviderAddress, { ...office, street2: 'Lock Box 4400' }, 'street2'),
    ).toMatch(/^"Lock Box 4400" is a PO box/)
  })

  it('refuses a 5-digit ZIP', () => {
    expect(messageAt(BillingProviderAddress, { ...office, zip: '18503' }, 'zip')).toMatch(
      /^ZIP 18503 needs its 4-digit extension/,
    )
  })
})

describe('service location address (837P 2310C)', () => {
  it('refuses a PO box as where patients are seen', () => {
    expect(messageAt(ServiceLocationAddress, { ...office, street1: 'Box 5' }, 'street1')).toBe(
      '"Box 5" is a PO box — a service location must be the street address where patients are seen',
    )
  })
})

describe('an address a form may leave empty', () => {
  const payTo = optionalAddress(Address)

  it('reads an absent, null or all-blank address as none', () => {
    expect(payTo.parse(undefined)).toBeUndefined()
    expect(payTo.parse(null)).toBeUndefined()
    expect(payTo.parse({ street1: '', street2: ' ', city: '', state: '', zip: '' })).toBeUndefined()
  })

  it('checks the whole address once any part is filled, on each field', () => {
    const issues = issuesOf(payTo, {
      street1: 'PO Box 7',
      street2: '',
      city: '',
      state: '',
      zip: '',
    })
    expect(issues).toEqual([
      { path: 'city', message: 'Enter the city' },
      { path: 'state', message: 'Pick the state' },
      { path: 'zip', message: 'Enter the ZIP code — 5 digits, or 9 as 12345-6789' },
    ])
  })

  it('normalizes a filled address', () => {
    expect(payTo.parse(home)?.state).toBe('PA')
  })
})
