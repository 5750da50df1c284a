import { describe, expect, it } from 'vitest'
import { Location, type LocationInput } from '../../../../src/shared/schemas/location'
import { messageAt } from './issues'

const location: LocationInput = {
  name: 'Spruce Street Office',
  address: { street1: '400 Spruce St', city: 'Scranton', state: 'PA', zip: '185031234' },
  npi: '',
  defaultPlaceOfService: '11',
}

describe('service location', () => {
  it('accepts a location without an NPI of its own', () => {
    const parsed = Location.parse(location)
    expect(parsed.npi).toBeUndefined()
    expect(parsed.defaultPlaceOfService).toBe('11')
  })

  it('checks an NPI when one is given', () => {
    expect(Location.parse({ ...location, npi: '1234567893' }).npi).toBe('1234567893')
    expect(messageAt(Location, { ...location, npi: '1234567890' }, 'npi')).toMatch(
      /fails its check digit/,
    )
  })

  it('refuses a PO box, on address.street1', () => {
    const address = { ...location.address, street1: 'Post Office Box 3' }
    expect(messageAt(Location, { ...location, address }, 'address.street1')).toBe(
      '"Post Office Box 3" is a PO box — a service location must be the street address where patients are seen',
    )
  })

  it('refuses a 5-digit ZIP, on address.zip', () => {
    const address = { ...location.address, zip: '18503' }
    expect(messageAt(Location, { ...location, address }, 'address.zip')).toMatch(
      /needs its 4-digit extension/,
    )
  })

  it('refuses a place of service that is not two digits', () => {
    expect(
      messageAt(Location, { ...location, defaultPlaceOfService: '1' }, 'defaultPlaceOfService'),
    ).toMatch(/^Place of service "1" is not a CMS code/)
  })

  it('asks for the location name', () => {
    expect(messageAt(Location, { ...location, name: '' }, 'name')).toBe('Enter the location name')
  })
})
