import { describe, expect, it } from 'vitest'
import { Address } from '../../../../../src/shared/schemas/address'
import { findings } from './fixture'

describe('payer.electronic', () => {
  it('warns to print a CMS-1500 for a payer that takes paper only', () => {
    expect(findings('payer.electronic')).toEqual([])
    const hits = findings('payer.electronic', {
      data: (d) => {
        d.payer.record.acceptsElectronicClaims = false
        d.payer.record.claimsAddress = Address.parse({
          street1: 'PO Box 100',
          city: 'Springfield',
          state: 'IL',
          zip: '62701',
        })
      },
    })
    expect(hits[0]!.message).toMatch(
      /does not take electronic claims — print a CMS-1500 and mail it to PO Box 100, Springfield, IL/,
    )
  })
})
