import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HAS_PDFTOTEXT, NO_PDFTOTEXT_MESSAGE } from '../print/pdfWords'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from './claim-practice'

if (!HAS_PDFTOTEXT) console.warn(NO_PDFTOTEXT_MESSAGE)

const MAIL_TO = { street1: 'PO Box 4400', city: 'Springfield', state: 'IL', zip: '62704' }

describe.skipIf(!HAS_PDFTOTEXT)('the print queue for paper-only payers', () => {
  let p: ClaimPractice
  let paperClaims: number[]
  let electronicClaim: number
  beforeEach(async () => {
    p = await claimPractice()
    const paperPayer = await p.payer({
      name: "Example Workers' Comp (FAKE)",
      clearinghousePayerId: 'FAKEWC1',
      claimFilingIndicator: 'WC',
      acceptsElectronicClaims: false,
      claimsAddress: MAIL_TO,
    })
    paperClaims = []
    for (const first of ['Alice', 'Bruno']) {
      const patientId = await p.patient([coverage(paperPayer)], { firstName: first })
      const visitId = await p.codedVisit(patientId, { lines: [officeVisit()] })
      paperClaims.push((await p.bill(visitId)).claims[0]!.claimId)
    }
    const patientId = await p.patient([coverage(p.payerId)], { firstName: 'Carla' })
    const visitId = await p.codedVisit(patientId, { lines: [officeVisit()] })
    electronicClaim = (await p.bill(visitId)).claims[0]!.claimId
    await p.run('claims.queue', { claimIds: [...paperClaims, electronicClaim] })
  })
  afterEach(() => p.close())

  it('keeps paper claims out of the 837 batch and lists them to print, with where to mail them', async () => {
    const batch = await p.run('claims.batch', {})
    expect(batch.claimCount).toBe(1)
    const file = await p.run('claims.batchFile', { batchId: batch.batchId })
    expect(file.content).not.toContain('FAKEWC1')

    const queue = await p.run('claims.paperQueue', {})
    expect(queue.map((q) => q.claim.claimId)).toEqual(paperClaims)
    expect(queue[0]!.mailTo).toBe(
      "Example Workers' Comp (FAKE), PO Box 4400, Springfield, IL 62704",
    )
    const claim = await p.run('claims.get', { claimId: paperClaims[0]! })
    expect(claim.history.at(-1)!.reason).toMatch(/print queue: .* takes paper claims/)
  })

  it('prints every queued paper claim in one PDF, then mailing makes them submitted', async () => {
    const r = await p.run('claims.printPaper', { claimIds: paperClaims })
    const file = join(p.dir, 'queue.pdf')
    writeFileSync(file, Buffer.from(r.pdfBase64, 'base64'))
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout
    expect(text.match(/PATIENT'S NAME/g)).toHaveLength(2)
    expect(text).toMatch(/TESTPATIENT, ALICE/)
    expect(text).toMatch(/TESTPATIENT, BRUNO/)
    // Printing alone changes nothing: the forms may still jam in the printer.
    expect((await p.run('claims.paperQueue', {})).length).toBe(2)

    expect(await p.run('claims.markMailed', { claimIds: paperClaims })).toEqual({
      claimsSubmitted: 2,
    })
    expect(await p.run('claims.paperQueue', {})).toEqual([])
    const claim = await p.run('claims.get', { claimId: paperClaims[1]! })
    expect(claim.status).toBe('submitted')
    expect(claim.history.at(-1)!.reason).toMatch(
      /Printed on a CMS-1500 and mailed to .*PO Box 4400/,
    )
  })

  it('refuses to print or mail an electronic claim from the print queue, changing nothing', async () => {
    await expect(
      p.run('claims.markMailed', { claimIds: [paperClaims[0]!, electronicClaim] }),
    ).rejects.toThrow(/goes to Example Health Plan \(FAKE\) electronically/)
    expect((await p.run('claims.get', { claimId: paperClaims[0]! })).status).toBe('queued')
  })
})
