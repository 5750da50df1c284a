import { describe, expect, it } from 'vitest'
import { cents } from '../../../../../src/shared/money'
import type { ClaimData } from '../../../../../src/main/claims/claim'
import { findings } from './fixture'

const primaryClaim = (status: 'submitted' | 'adjudicated') => ({
  claimId: 2,
  patientControlNumber: '100007-9-1',
  responsibility: 'primary' as const,
  status,
  splitPart: 1,
})

const withPrimary = (adjudicated: boolean) => (d: ClaimData) => {
  d.otherPayers = [
    {
      responsibility: 'primary',
      coverageId: 30,
      coverage: d.coverage.record,
      payer: { ...d.payer, record: { ...d.payer.record, name: 'Primary Plan (FAKE)' } },
      ...(adjudicated
        ? { adjudication: { paidCents: cents(9000), adjudicatedOn: '2026-03-01' } }
        : {}),
    },
  ]
}

describe('secondary.after-primary', () => {
  it('holds a secondary claim while the primary is not adjudicated', () => {
    const hits = findings('secondary.after-primary', {
      claim: { responsibility: 'secondary' },
      earlier: [primaryClaim('submitted')],
    })
    expect(hits).toEqual([
      {
        field: 'claim.responsibility',
        message: expect.stringMatching(
          /^Held: a secondary claim goes out after the primary payer adjudicates claim 100007-9-1 \(now submitted\)/,
        ),
      },
    ])
  })
  it('releases it once the primary is adjudicated, and never holds a primary', () => {
    expect(
      findings('secondary.after-primary', {
        claim: { responsibility: 'secondary' },
        earlier: [primaryClaim('adjudicated')],
      }),
    ).toEqual([])
    expect(findings('secondary.after-primary')).toEqual([])
  })
  it('holds a tertiary claim for both payers before it', () => {
    const hits = findings('secondary.after-primary', {
      claim: { responsibility: 'tertiary' },
      earlier: [primaryClaim('adjudicated')],
    })
    expect(hits[0]!.message).toMatch(
      /needs the secondary claim for the same visit, and there is none/,
    )
  })
})

describe('secondary.prior-payment', () => {
  it("asks for the primary's payment once it has adjudicated", () => {
    const hits = findings('secondary.prior-payment', {
      claim: { responsibility: 'secondary' },
      earlier: [primaryClaim('adjudicated')],
      data: withPrimary(false),
    })
    expect(hits[0]!.message).toMatch(
      /primary payer Primary Plan \(FAKE\)'s payment is not on this claim/,
    )
  })
  it('is quiet while the claim is held, and once the payment is there', () => {
    const secondary = { responsibility: 'secondary' as const }
    expect(
      findings('secondary.prior-payment', {
        claim: secondary,
        earlier: [primaryClaim('submitted')],
        data: withPrimary(false),
      }),
    ).toEqual([])
    expect(
      findings('secondary.prior-payment', {
        claim: secondary,
        earlier: [primaryClaim('adjudicated')],
        data: withPrimary(true),
      }),
    ).toEqual([])
  })
})
