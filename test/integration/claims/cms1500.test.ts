import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HAS_PDFTOTEXT, NO_PDFTOTEXT_MESSAGE } from '../print/pdfWords'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from './claim-practice'

function pdfText(p: ClaimPractice, base64: string): string {
  const file = join(p.dir, 'form.pdf')
  writeFileSync(file, Buffer.from(base64, 'base64'))
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout
}

if (!HAS_PDFTOTEXT) console.warn(NO_PDFTOTEXT_MESSAGE)

describe.skipIf(!HAS_PDFTOTEXT)('printing a claim on the CMS-1500', () => {
  let p: ClaimPractice
  let claimId: number
  let claimNumber: string
  beforeEach(async () => {
    p = await claimPractice()
    const patientId = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(patientId, {
      lines: [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })],
    })
    const [claim] = (await p.bill(visitId)).claims
    claimId = claim!.claimId
    claimNumber = claim!.patientControlNumber
  })
  afterEach(() => p.close())

  it('prints the patient, payer, codes and charges on the full form', async () => {
    const r = await p.run('claims.cms1500', { claimId })
    expect(r.fileName).toBe(`cms1500-${claimNumber}.pdf`)
    const text = pdfText(p, r.pdfBase64)
    expect(text).toMatch(/TESTPATIENT, ALICE/)
    expect(text).toMatch(/EXAMPLE HEALTH PLAN/)
    expect(text).toMatch(/E119/)
    expect(text).toMatch(/99213/)
    expect(text).toMatch(/125\s+00/)
    expect(text).toMatch(/150\s+00/)
    expect(text).toMatch(/PATIENT'S NAME/)
  })

  it('prints the data alone for red pre-printed forms', async () => {
    const r = await p.run('claims.cms1500', {
      claimId,
      dataOnly: true,
      offsetXPt: 3,
      offsetYPt: -2,
    })
    const text = pdfText(p, r.pdfBase64)
    expect(text).toMatch(/99213/)
    expect(text).not.toMatch(/PATIENT'S NAME/)
  })

  it('records the print in the audit log, without the form itself', async () => {
    await p.run('claims.cms1500', { claimId })
    const { entries } = await p.run('audit.list', { action: 'claims.cms1500' })
    expect(entries).toHaveLength(1)
    expect(JSON.stringify(entries[0]!.detail).length).toBeLessThan(300)
  })
})
