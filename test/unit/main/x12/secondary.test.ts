import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../../src/main/x12/tokenize'
import { validate837 } from '../../../../src/main/x12/validate837'
import { write837 } from '../../../../src/main/x12/write837'
import { cents } from '../../../../src/shared/money'
import { billing, submission } from './sampleClaims'
import { secondaryClaim } from './scenarios'

function segments(text: string): string[] {
  return tokenize(text).segments.map((s) => s.elements.join('*'))
}

describe('a claim sent on to the secondary payer', () => {
  const text = write837(submission(), billing(), secondaryClaim())
  const all = segments(text)

  it("reports the primary payer's adjudication in 2320/2330A/2330B after the claim's providers", () => {
    const start = all.indexOf('SBR*P*18*GRP5000******CI')
    expect(start).toBeGreaterThan(all.indexOf('HI*ABK:R300'))
    expect(all.slice(start, start + 7)).toEqual([
      'SBR*P*18*GRP5000******CI',
      'CAS*CO*45*5',
      'AMT*D*92',
      'AMT*EAF*23',
      'OI***Y***Y',
      'NM1*IL*1*RIVERA*ANA*M***MI*XYZ123456789',
      'NM1*PR*2*ACME HEALTH PLAN*****PI*87726',
    ])
    expect(all).toContain('SBR*S*18*MEDIGAP1******CI')
  })

  it('reports each line as the primary paid it in 2430 SVD/CAS/DTP*573', () => {
    const svd = all.indexOf('SVD*87726*80*HC:99213**1')
    expect(all.slice(svd, svd + 5)).toEqual([
      'SVD*87726*80*HC:99213**1',
      'CAS*CO*45*40',
      'CAS*PR*2*30',
      'DTP*573*D8*20250328',
      'AMT*EAF*30',
    ])
  })

  it('passes the validator, balancing included', () => {
    expect(validate837(text).errors).toEqual([])
  })

  it('packs up to six reasons of one group into a CAS segment', () => {
    const [c] = secondaryClaim()
    const other = c!.otherSubscribers![0]!
    const adjustments = Array.from({ length: 7 }, (_, i) => ({
      group: 'PR' as const,
      reason: String(i + 1),
      amountCents: cents(1),
    }))
    const out = segments(
      write837(submission(), billing(), [
        {
          ...c!,
          otherSubscribers: [{ ...other, adjustments, paidCents: undefined }],
          lines: c!.lines.map((l) => ({ ...l, adjudications: undefined })),
        },
      ]),
    )
    expect(out).toContain('CAS*PR*1*0.01**2*0.01**3*0.01**4*0.01**5*0.01**6*0.01')
    expect(out).toContain('CAS*PR*7*0.01')
  })

  it('refuses a line adjudication naming a payer the claim does not list', () => {
    const [c] = secondaryClaim()
    const lines = c!.lines.map((l) => ({
      ...l,
      adjudications: l.adjudications!.map((a) => ({ ...a, otherPayerId: 'NOPE1' })),
    }))
    expect(() => write837(submission(), billing(), [{ ...c!, lines }])).toThrow(
      '2430 SVD01 on line 1 is not the payer ID of an other payer (2330B)',
    )
  })

  it('writes a denied line with zero paid units', () => {
    const [c] = secondaryClaim()
    const lines = c!.lines.map((l, i) =>
      i === 1
        ? {
            ...l,
            adjudications: [
              {
                ...l.adjudications![0]!,
                paidCents: cents(0),
                paidUnits: 0,
                adjustments: [{ group: 'CO' as const, reason: '97', amountCents: cents(2000) }],
              },
            ],
          }
        : l,
    )
    const out = write837(submission(), billing(), [{ ...c!, lines }])
    expect(segments(out)).toContain('SVD*87726*0*HC:81002**0')
  })
})
