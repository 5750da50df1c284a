import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('facility.address', () => {
  it('passes a street address with ZIP+4', () => {
    expect(findings('facility.address')).toEqual([])
  })
  it('flags a PO box and a 5-digit ZIP on the service location', () => {
    const hits = findings('facility.address', {
      data: (d) => {
        d.location.record.address.street1 = 'PO Box 7'
        d.location.record.address.zip = '62701'
      },
    })
    expect(hits.map((h) => h.field)).toEqual(['location.address.street1', 'location.address.zip'])
  })
})
