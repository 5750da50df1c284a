import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { practiceUsage } from '../../../src/main/codes/preference'
import {
  claimPractice,
  coverage,
  DOS,
  officeVisit,
  type ClaimPractice,
} from '../claims/claim-practice'

/** The practice's own billing ranks its codes among equal matches (starter lists only here). */
describe('code search ranks the codes a practice bills', () => {
  let p: ClaimPractice
  beforeAll(async () => {
    p = await claimPractice()
  })
  afterAll(() => p.close())

  const search = async (text: string) =>
    (await p.run('codes.search', { text, sets: ['icd10cm'], date: DOS, limit: 5 })).map(
      (hit) => hit.display,
    )

  it('moves a code up once the practice has billed it more than its equals', async () => {
    const before = await search('pain in knee')
    expect(before.slice(0, 2)).toEqual(['M25.561', 'M25.562'])

    const patientId = await p.patient([coverage(p.payerId)])
    for (let i = 0; i < 2; i++) {
      const visitId = await p.codedVisit(patientId, {
        dateOfService: `2026-02-${10 + i}`,
        diagnoses: ['M25.562'],
        lines: [officeVisit()],
      })
      await p.bill(visitId)
    }
    expect(practiceUsage(p.office.store.db).get('icd10cm:M25562')).toBe(2)
    expect((await search('pain in knee')).slice(0, 2)).toEqual(['M25.562', 'M25.561'])
  })
})
