import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { claimForPrint, transition } from '../../../src/main/claims'
import { tokenize } from '../../../src/main/x12/tokenize'
import { validate837 } from '../../../src/main/x12/validate837'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from './claim-practice'

describe('corrected and voided claims', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  /** A claim sent in a batch, then taken in by the payer (a 277CA A1) under `payerNumber`. */
  async function claimWithPayer(payerNumber: string | undefined): Promise<number> {
    const patientId = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(patientId, {
      lines: [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })],
    })
    const [claim] = (await p.bill(visitId)).claims
    await p.run('claims.queue', { claimIds: [claim!.claimId] })
    const sent = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: sent.batchId, file: 'out.837' })
    transition(p.office.store.db, claim!.claimId, 'acknowledged', {
      user: 'clearinghouse',
      reason: '277CA A1:20 accepted for adjudication',
      sourceFile: 'ack-0001.277',
      ...(payerNumber ? { payerClaimControlNumber: payerNumber } : {}),
    })
    return claim!.claimId
  }

  async function send(claimId: number): Promise<string> {
    await p.run('claims.queue', { claimIds: [claimId] })
    const batch = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
    const file = await p.run('claims.batchFile', { batchId: batch.batchId })
    expect(validate837(file.content).errors).toEqual([])
    return file.content
  }

  it('replaces a claim with a frequency-7 claim carrying REF*F8, and marks the original corrected', async () => {
    const originalId = await claimWithPayer('PAYERICN0001')
    const replacement = await p.run('claims.correct', {
      claimId: originalId,
      reason: 'Wrong units on line 2',
    })
    expect(replacement).toMatchObject({
      frequency: '7',
      replacesClaimId: originalId,
      status: 'ready',
      originalReference: 'PAYERICN0001',
      payerClaimControlNumber: null,
    })
    expect(replacement.patientControlNumber).toMatch(/R1$/)
    expect(replacement.lines.map((l) => l.code)).toEqual(['99213', '36415'])

    const original = await p.run('claims.get', { claimId: originalId })
    expect(original.status).toBe('corrected')
    expect(original.replacedByClaimId).toBe(replacement.claimId)
    expect(original.history.at(-1)).toMatchObject({
      from: 'acknowledged',
      to: 'corrected',
      user: 'ann.admin',
      reason: `Replaced by claim ${replacement.patientControlNumber}: Wrong units on line 2`,
    })
    expect(original.history.map((h) => h.sourceFile)).toContain('ack-0001.277')

    const text = await send(replacement.claimId)
    const clm = tokenize(text).segments.find((s) => s.id === 'CLM')!
    expect(clm.elements[5]).toBe('11:B:7')
    expect(
      tokenize(text)
        .segments.filter((s) => s.id === 'REF' && s.elements[1] === 'F8')
        .map((s) => s.elements[2]),
    ).toEqual(['PAYERICN0001'])
  })

  it('keeps the reference to the original when the payer numbers the replacement (REF*F8, box 22)', async () => {
    const originalId = await claimWithPayer('PAYERICN0004')
    const replacement = await p.run('claims.correct', { claimId: originalId, reason: 'Units' })
    await send(replacement.claimId)
    transition(p.office.store.db, replacement.claimId, 'acknowledged', {
      user: 'clearinghouse',
      reason: '277CA A1:20 accepted for adjudication',
      payerClaimControlNumber: 'PAYERICN0152',
    })
    const answered = await p.run('claims.get', { claimId: replacement.claimId })
    expect(answered).toMatchObject({
      payerClaimControlNumber: 'PAYERICN0152',
      originalReference: 'PAYERICN0004',
    })
    const batch = answered.batch!
    const again = await p.run('claims.batchFile', { batchId: batch.batchId })
    expect(
      tokenize(again.content)
        .segments.filter((s) => s.id === 'REF' && s.elements[1] === 'F8')
        .map((s) => s.elements[2]),
    ).toEqual(['PAYERICN0004'])
    // Box 22 is printed from the same reference.
    const printed = claimForPrint(p.office.store.db, replacement.claimId)
    expect(printed.claim.claim.payerClaimControlNumber).toBe('PAYERICN0004')
    const next = await p.run('claims.correct', { claimId: replacement.claimId, reason: 'Again' })
    expect(next.originalReference).toBe('PAYERICN0152')
  })

  it("holds a replacement without the payer's claim number until it is entered", async () => {
    const originalId = await claimWithPayer(undefined)
    const replacement = await p.run('claims.correct', {
      claimId: originalId,
      reason: 'Add modifier 25',
    })
    expect(replacement.status).toBe('draft')
    expect(replacement.findings.map((f) => f.ruleId)).toEqual(['frequency.reference'])
    const edited = await p.run('claims.edit', {
      claimId: replacement.claimId,
      diagnoses: ['E11.9', 'I10'],
      lines: [
        officeVisit({ modifiers: ['25'] }),
        officeVisit({ code: '36415', chargeCents: 2500 }),
      ],
      payerClaimControlNumber: 'PAYERICN0002',
    })
    expect(edited).toMatchObject({ status: 'ready', originalReference: 'PAYERICN0002' })
    expect(edited.lines[0]!.modifiers).toEqual(['25'])
  })

  it('voids a claim the payer has with a frequency-8 claim carrying REF*F8', async () => {
    const originalId = await claimWithPayer(undefined)
    const refused = await p.ask(p.admin, 'claims.void', {
      claimId: originalId,
      reason: 'Billed the wrong patient',
    })
    expect(refused.ok ? '' : refused.error.field).toBe('payerClaimControlNumber')

    const voiding = await p.run('claims.void', {
      claimId: originalId,
      reason: 'Billed the wrong patient',
      payerClaimControlNumber: 'PAYERICN0003',
    })
    expect(voiding).toMatchObject({ frequency: '8', replacesClaimId: originalId, status: 'ready' })
    expect((await p.run('claims.get', { claimId: originalId })).status).toBe('voided')
    const text = await send(voiding.claimId)
    const segments = tokenize(text).segments
    expect(segments.find((s) => s.id === 'CLM')!.elements[5]).toBe('11:B:8')
    expect(
      segments.filter((s) => s.id === 'REF' && s.elements[1] === 'F8').map((s) => s.elements[2]),
    ).toEqual(['PAYERICN0003'])
  })

  it('withdraws a claim the payer never had, and lets its visit be billed again', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(patientId)
    const [claim] = (await p.bill(visitId)).claims
    const voided = await p.run('claims.void', {
      claimId: claim!.claimId,
      reason: 'Visit coded against the wrong provider',
    })
    expect(voided).toMatchObject({ claimId: claim!.claimId, status: 'voided' })
    expect((await p.run('visits.get', { visitId })).status).toBe('coded')
    const again = await p.bill(visitId)
    expect(again.claims[0]!.patientControlNumber).not.toBe(claim!.patientControlNumber)
  })

  it('cancels the held secondary when its primary is withdrawn or voided, saying why', async () => {
    const patientId = await p.patient([
      coverage(p.payerId),
      coverage(p.secondPayerId, { order: 'secondary', memberId: 'SEC55501' }),
    ])
    const visitId = await p.codedVisit(patientId)
    const [primary, secondary] = (await p.bill(visitId)).claims
    await p.run('claims.void', { claimId: primary!.claimId, reason: 'Wrong provider' })
    const held = await p.run('claims.get', { claimId: secondary!.claimId })
    expect(held.status).toBe('voided')
    expect(held.history.at(-1)!.reason).toBe(
      `Cancelled: the primary claim ${primary!.patientControlNumber} it waited on was withdrawn`,
    )
    expect((await p.run('visits.get', { visitId })).status).toBe('coded')
  })

  it('refuses what the state machine does not allow, in words a biller can act on', async () => {
    const originalId = await claimWithPayer('PAYERICN0004')
    const edit = await p.ask(p.admin, 'claims.edit', {
      claimId: originalId,
      diagnoses: ['I10'],
      lines: [officeVisit()],
    })
    expect(edit.ok ? '' : edit.error.message).toMatch(
      /is acknowledged: only a draft or ready claim can be edited — correct it instead/,
    )

    const patientId = await p.patient([coverage(p.payerId)])
    const [draft] = (await p.bill(await p.codedVisit(patientId))).claims
    const correct = await p.ask(p.admin, 'claims.correct', {
      claimId: draft!.claimId,
      reason: 'Change a code',
    })
    expect(correct.ok ? '' : correct.error.message).toMatch(
      /^A ready claim cannot become corrected.*It has not been sent: edit it instead\.$/,
    )

    await p.run('claims.queue', { claimIds: [draft!.claimId] })
    const sent = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: sent.batchId, file: 'out.837' })
    expect(() =>
      transition(p.office.store.db, draft!.claimId, 'draft', { user: 'ann.admin', reason: 'try' }),
    ).toThrow(/^A submitted claim cannot go back to draft/)
    const voidSent = await p.ask(p.admin, 'claims.void', {
      claimId: draft!.claimId,
      reason: 'Sent twice',
    })
    expect(voidSent.ok ? '' : voidSent.error.code).toBe('conflict')
  })
})
