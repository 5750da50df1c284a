import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('frequency.reference', () => {
  it("needs the payer's claim number on a replacement or a void", () => {
    expect(findings('frequency.reference', { claim: { frequency: '7' } })).toEqual([
      {
        field: 'claim.payerClaimControlNumber',
        message: expect.stringMatching(
          /^A replacement \(frequency 7\) needs the payer's claim number/,
        ),
      },
    ])
    expect(findings('frequency.reference', { claim: { frequency: '8' } })[0]!.message).toMatch(
      /^A void \(frequency 8\)/,
    )
  })
  it('passes an original, and a replacement with the number', () => {
    expect(findings('frequency.reference')).toEqual([])
    expect(
      findings('frequency.reference', {
        claim: { frequency: '7', originalReference: 'PCN9' },
      }),
    ).toEqual([])
  })
})
