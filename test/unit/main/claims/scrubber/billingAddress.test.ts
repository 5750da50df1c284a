import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('billing.street', () => {
  it('refuses a PO box as the billing address and points to the pay-to address', () => {
    const hits = findings('billing.street', {
      data: (d) => (d.practice!.billingAddress.street1 = 'P.O. Box 12'),
    })
    expect(hits).toEqual([
      expect.objectContaining({
        field: 'practice.billingAddress.street1',
        message: expect.stringMatching(/is a PO box — payers reject it there.*pay-to address/),
      }),
    ])
  })
  it('accepts a street address', () => {
    expect(findings('billing.street')).toEqual([])
  })
})

describe('billing.zip4', () => {
  it('asks for the 4-digit ZIP extension on the billing address', () => {
    const hits = findings('billing.zip4', {
      data: (d) => (d.practice!.billingAddress.zip = '62701'),
    })
    expect(hits).toEqual([
      expect.objectContaining({
        field: 'practice.billingAddress.zip',
        message: expect.stringMatching(/ZIP 62701 needs its 4-digit extension/),
      }),
    ])
  })
})
