import { describe, expect, it } from 'vitest'
import { Address } from '../../../../../src/shared/schemas/address'
import { findings } from './fixture'

describe('payer.electronic', () => {
  it('lets a paper-only payer with a claims address through: the claim goes to the print queue', () => {
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
    expect(hits).toEqual([])
  })

  it('stops a paper claim that has nowhere to be mailed', () => {
    const hits = findings('payer.electronic', {
      data: (d) => {
        d.payer.record.acceptsElectronicClaims = false
        delete d.payer.record.claimsAddress
      },
    })
    expect(hits[0]!.message).toMatch(/takes paper claims only and has no claims mailing address/)
  })
})
