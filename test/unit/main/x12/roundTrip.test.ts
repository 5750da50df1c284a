import { describe, expect, it } from 'vitest'
import type { Claim837, ServiceLine837 } from '../../../../src/main/x12/claim837'
import { validate837 } from '../../../../src/main/x12/validate837'
import { write837 } from '../../../../src/main/x12/write837'
import { cents } from '../../../../src/shared/money'
import {
  billing,
  CHILD,
  claim,
  FACILITY_NPI,
  line,
  REFERRING_NPI,
  RENDERING_NPI,
  submission,
  subscriber,
} from './sampleClaims'

/** A small deterministic generator (mulberry32) so a failure replays the same file. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CODES = ['99213', '99214', '36415', '81002', 'J3420', '96372', '0591T', 'G0438']
const DIAGNOSES = ['E11.9', 'I10', 'J06.9', 'Z00.00', 'M54.50', 'R30.0', 'D51.0', 'S93.401A']

function randomClaim(rand: () => number, n: number): Claim837 {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
  const diagnoses = DIAGNOSES.slice(0, 1 + Math.floor(rand() * DIAGNOSES.length))
  const lineCount = 1 + Math.floor(rand() ** 3 * 50)
  const lines: ServiceLine837[] = Array.from({ length: lineCount }, (_, i) =>
    line({
      procedureCode: pick(CODES),
      modifiers: rand() < 0.3 ? ['25', '59'].slice(0, 1 + Math.floor(rand() * 2)) : undefined,
      chargeCents: cents(Math.floor(rand() * 100_000)),
      units: rand() < 0.1 ? 0.5 : 1 + Math.floor(rand() * 3),
      diagnosisPointers: [1 + Math.floor(rand() * diagnoses.length)],
      placeOfService: rand() < 0.1 ? '02' : undefined,
      serviceDateEnd: rand() < 0.1 ? '2025-03-14' : undefined,
      drug: rand() < 0.1 ? { ndc: '00409123401', quantity: 2, unit: 'UN' } : undefined,
      lineItemControlNumber: rand() < 0.8 ? `C${n}-${i + 1}` : undefined,
    }),
  )
  const frequency = pick(['1', '1', '7', '8'] as const)
  const dependent = rand() < 0.3
  const family = Math.floor(n / 4)
  return claim({
    subscriber: subscriber({
      memberId: `M${family}`,
      relationship: dependent ? pick(['spouse', 'child', 'other'] as const) : 'self',
      groupNumber: rand() < 0.8 ? 'G1' : undefined,
      planName: 'Plan',
    }),
    patient: dependent ? CHILD : undefined,
    lines,
    claim: {
      patientControlNumber: `CD${n}`,
      frequency,
      payerClaimControlNumber: frequency === '1' ? undefined : `ICN${n}`,
      priorAuthorization: rand() < 0.2 ? `PA${n}` : undefined,
      clearinghouseTraceNumber: rand() < 0.2 ? `T${n}` : undefined,
      diagnoses,
      referringProvider:
        rand() < 0.3 ? { name: { last: 'Okafor', first: 'Chidi' }, npi: REFERRING_NPI } : undefined,
      renderingProvider:
        rand() < 0.3
          ? { name: { last: 'Nguyen', first: 'Thao' }, npi: RENDERING_NPI, taxonomy: '207R00000X' }
          : undefined,
      serviceFacility:
        rand() < 0.3
          ? {
              name: 'Annex',
              address: { line1: '9 Elm St', city: 'Springfield', state: 'IL', zip: '627025555' },
              npi: rand() < 0.5 ? FACILITY_NPI : undefined,
            }
          : undefined,
    },
  })
}

describe('every file the writer produces passes the independent validator', () => {
  it.each([1, 2, 3, 4, 5])('random batch %i of 60 claims', (seed) => {
    const rand = random(seed)
    const claims = Array.from({ length: 60 }, (_, n) => randomClaim(rand, n))
    const text = write837(submission(), billing(), claims, {
      maxClaimsPerTransaction: 25,
      lineBreak: seed % 2 === 0 ? '\r\n' : '',
    })
    expect(validate837(text).errors).toEqual([])
  })
})
