import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allowedActions, transition } from '../../../src/main/claims'
import { claimPractice, coverage, DOS, officeVisit, type ClaimPractice } from './claim-practice'

describe('what a claim offers where it stands', () => {
  it('offers only the moves its state allows', () => {
    const at = (status: Parameters<typeof allowedActions>[0]['status'], openWarnings = 0) =>
      allowedActions({ status, frequency: '1', openWarnings })
    expect(at('draft', 2)).toEqual(['scrub', 'edit', 'acknowledge', 'withdraw'])
    expect(at('ready')).toEqual(['scrub', 'edit', 'queue', 'withdraw'])
    // On its way to the payer: nothing to correct or void until the payer has it.
    expect(at('submitted')).toEqual(['scrub'])
    expect(at('accepted')).toEqual(['scrub'])
    expect(at('acknowledged')).toEqual(['scrub', 'correct', 'void'])
    expect(at('rejected')).toEqual(['scrub', 'withdraw'])
    expect(at('closed')).toEqual(['correct', 'void'])
    expect(at('voided')).toEqual([])
    // A void the payer has is final there: it is neither replaced nor voided again.
    expect(allowedActions({ status: 'adjudicated', frequency: '8', openWarnings: 0 })).toEqual([
      'scrub',
    ])
  })
})

describe('everyday claim work', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it('returns the allowed actions with the claim and refuses the rest with the reason', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const [claim] = (await p.bill(await p.codedVisit(patientId))).claims
    await p.run('claims.queue', { claimIds: [claim!.claimId] })
    const sent = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: sent.batchId, file: 'out.837' })
    const detail = await p.run('claims.get', { claimId: claim!.claimId })
    expect(detail.status).toBe('submitted')
    expect(detail.actions).toEqual(['scrub'])
    const correct = await p.ask(p.admin, 'claims.correct', {
      claimId: claim!.claimId,
      reason: 'Change a code',
    })
    expect(correct.ok ? '' : correct.error.message).toMatch(/^A submitted claim cannot become/)
    const voided = await p.ask(p.admin, 'claims.void', {
      claimId: claim!.claimId,
      reason: 'Sent twice',
      payerClaimControlNumber: 'PAYERICN0009',
    })
    expect(voided.ok ? '' : voided.error.message).toMatch(
      /^A submitted claim cannot become voided.*wait for the acknowledgment/,
    )
  })

  it('acknowledges one warning at a time, and all of them only when asked', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(patientId, {
      lines: [
        officeVisit(),
        officeVisit({ code: 'J1030', chargeCents: 3500, units: 1 }),
        officeVisit({ code: 'J1030', chargeCents: 3500, units: 2 }),
      ],
    })
    const [claim] = (await p.bill(visitId)).claims
    const before = await p.run('claims.get', { claimId: claim!.claimId })
    const jcodes = before.findings.filter((f) => f.ruleId === 'ndc.jcode')
    expect(jcodes.map((f) => f.field)).toEqual(['lines.1.ndc', 'lines.2.ndc'])
    expect(before.actions).toContain('acknowledge')

    const one = await p.run('claims.acknowledge', {
      claimId: claim!.claimId,
      ruleId: 'ndc.jcode',
      field: 'lines.1.ndc',
    })
    const open = one.findings.filter((f) => f.severity === 'warning' && !f.acknowledgedBy)
    expect(open.map((f) => f.field)).toContain('lines.2.ndc')
    expect(open.map((f) => f.field)).not.toContain('lines.1.ndc')
    expect(one.status).toBe('draft')

    const all = await p.run('claims.acknowledgeAll', { claimId: claim!.claimId })
    expect(
      all.findings.every((f) => f.severity === 'error' || f.acknowledgedBy === 'ann.admin'),
    ).toBe(true)
    expect(all.status).toBe('ready')
    expect(all.actions).not.toContain('acknowledge')
    const again = await p.ask(p.admin, 'claims.acknowledgeAll', { claimId: claim!.claimId })
    expect(again.ok ? '' : again.error.message).toMatch(/has no open warning to acknowledge/)
  })

  it('withdrawing a claim the payer never had unlocks its visit', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(patientId)
    const [claim] = (await p.bill(visitId)).claims
    expect((await p.run('visits.get', { visitId })).status).toBe('billed')
    expect((await p.run('claims.get', { claimId: claim!.claimId })).actions).toContain('withdraw')
    await p.run('claims.void', { claimId: claim!.claimId, reason: 'Wrong date of service' })
    expect((await p.run('visits.get', { visitId })).status).toBe('coded')
    const reopened = await p.run('visits.reopen', { visitId })
    expect(reopened.status).toBe('draft')
  })

  it('catches a future date of service when the visit is coded, not first at the scrub', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const saved = await p.run('visits.save', {
      visit: {
        patientId,
        dateOfService: '2026-03-09',
        renderingProviderId: p.providerId,
        locationId: p.locationId,
        placeOfService: '11',
        diagnoses: ['I10'],
        lines: [officeVisit()],
      },
    })
    const coded = await p.run('visits.markCoded', { visitId: saved.visitId })
    expect(coded.coded).toBe(false)
    expect(coded.problems).toEqual([
      expect.objectContaining({
        field: 'dateOfService',
        message: expect.stringMatching(/03\/09\/2026 is in the future/),
      }),
    ])
  })

  it('counts a held secondary once in the list total, with paid and balance per claim', async () => {
    const patientId = await p.patient([
      coverage(p.payerId),
      coverage(p.secondPayerId, { order: 'secondary', memberId: 'SEC55501' }),
    ])
    const visitId = await p.codedVisit(patientId, {
      lines: [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })],
    })
    const made = await p.bill(visitId)
    expect(made.claims).toHaveLength(2)
    const list = await p.run('claims.list', {})
    expect(list).toMatchObject({ count: 2, visitCount: 1, chargesCents: 15000 })
    expect(list.rows.map((r) => [r.responsibility, r.paidCents, r.balanceCents])).toEqual([
      ['secondary', 0, 15000],
      ['primary', 0, 15000],
    ])
    const older = await p.run('claims.list', { serviceTo: '2026-02-19' })
    expect(older.count).toBe(0)
    const onDay = await p.run('claims.list', { serviceFrom: DOS, serviceTo: DOS })
    expect(onDay.count).toBe(2)
  })

  it('a billed visit with a claim the payer has offers a correction, not a withdrawal', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const [claim] = (await p.bill(await p.codedVisit(patientId))).claims
    await p.run('claims.queue', { claimIds: [claim!.claimId] })
    const sent = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: sent.batchId, file: 'out.837' })
    transition(p.office.store.db, claim!.claimId, 'acknowledged', {
      user: 'clearinghouse',
      reason: '277CA A1:20',
      payerClaimControlNumber: 'PAYERICN0010',
    })
    const detail = await p.run('claims.get', { claimId: claim!.claimId })
    expect(detail.actions).toEqual(['scrub', 'correct', 'void'])
  })
})
