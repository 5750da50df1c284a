import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/main/x12/tokenize'
import { validate837 } from '../../../src/main/x12/validate837'
import { eraClaim, write835, type EraClaim } from '../../support/era835'
import { officeVisit } from '../claims/claim-practice'
import { remitPractice, type RemitPractice } from './remit-practice'

/** The secondary's 837 after the primary's 835 is posted: its segments and the validator's word. */
describe("the released secondary carries the primary's adjudication as the 837 guide requires", () => {
  let p: RemitPractice
  let trace = 0
  const db = () => p.office.store.db

  beforeAll(async () => {
    p = await remitPractice()
  })
  afterAll(() => p.close())

  async function secondary837(perLine: boolean) {
    const lines = [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })]
    const { primary, secondary } = await p.submitted(lines, true)
    const answered = eraClaim(db(), primary, {
      pay: (_l, i) =>
        i === 0
          ? {
              paidCents: 8000,
              adjustments: [
                { group: 'CO', reason: '45', amountCents: 2500 },
                { group: 'PR', reason: '2', amountCents: 1500 },
                { group: 'PR', reason: '1', amountCents: 500 },
              ],
            }
          : {
              paidCents: 0,
              adjustments: [{ group: 'CO', reason: '97', amountCents: 2500 }],
            },
    })
    // Without lines, the payer answers for the whole claim (2100 CAS only).
    const claim: EraClaim = perLine
      ? answered
      : { ...answered, adjustments: answered.lines.flatMap((l) => l.adjustments), lines: [] }
    p.importEra(write835({ trace: `S2430-${++trace}`, paymentDate: '2026-03-01', claims: [claim] }))
    expect((await p.run('claims.get', { claimId: secondary! })).status).toBe('ready')
    await p.run('claims.queue', { claimIds: [secondary!] })
    const batch = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
    const text = (await p.run('claims.batchFile', { batchId: batch.batchId })).content
    expect(validate837(text).errors).toEqual([])
    return tokenize(text).segments.map((s) => s.elements.join('*'))
  }

  /** The segments from the first 2320 SBR on (2320, 2330A/B, 2400, 2430). */
  const from2320 = (segments: string[]) =>
    segments.slice(
      segments.findIndex(
        (s, i) =>
          s.startsWith('SBR*') && i > 0 && segments.slice(0, i).some((x) => x.startsWith('CLM*')),
      ),
    )

  it('per line: 2430 SVD (payer, paid, procedure, units), CAS per group, DTP*573; 2320 AMT*D and AMT*EAF', async () => {
    const segments = from2320(await secondary837(true))
    const payerId = segments.find((s) => s.startsWith('NM1*PR*'))!.split('*')[9]
    expect(segments.filter((s) => /^(SBR|CAS|AMT|DTP\*573|SVD|LX)\*/.test(s))).toEqual([
      expect.stringMatching(/^SBR\*P\*/),
      'AMT*D*80',
      'AMT*EAF*20',
      'LX*1',
      `SVD*${payerId}*80*HC:99213**1`,
      'CAS*CO*45*25',
      'CAS*PR*2*15**1*5',
      'DTP*573*D8*20260301',
      'LX*2',
      `SVD*${payerId}*0*HC:36415**1`,
      'CAS*CO*97*25',
      'DTP*573*D8*20260301',
    ])
    // The 2330B date is left to the lines when the payer adjudicated them.
    const nm1Pr = segments.findIndex((s) => s.startsWith('NM1*PR*'))
    expect(segments[nm1Pr + 1]).not.toMatch(/^DTP\*573/)
  })

  it('claim level only (2320 CAS, 2330B DTP*573) when the payer did not answer per line', async () => {
    const segments = await secondary837(false)
    expect(segments.filter((s) => s.startsWith('SVD*'))).toEqual([])
    const tail = from2320(segments)
    expect(tail.filter((s) => /^(CAS|AMT|DTP\*573)\*/.test(s))).toEqual([
      'CAS*CO*45*25**97*25',
      'CAS*PR*2*15**1*5',
      'AMT*D*80',
      'AMT*EAF*20',
      'DTP*573*D8*20260301',
    ])
  })
})
