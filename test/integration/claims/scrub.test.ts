import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from './claim-practice'

describe('scrubbing stored claims', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it('keeps a claim with an error in draft and refuses to queue it', async () => {
    const strict = await p.payer({
      name: 'Strict Auth Plan (FAKE)',
      clearinghousePayerId: 'FAKE003',
      requiresPriorAuthorization: true,
    })
    const patientId = await p.patient([coverage(strict)])
    const [claim] = (await p.bill(await p.codedVisit(patientId))).claims
    expect(claim).toMatchObject({ status: 'draft', errors: 1, warnings: 0 })
    const detail = await p.run('claims.get', { claimId: claim!.claimId })
    expect(detail.findings).toEqual([
      expect.objectContaining({
        ruleId: 'auth.required',
        severity: 'error',
        field: 'visit.priorAuthorization',
      }),
    ])
    const queued = await p.ask(p.admin, 'claims.queue', { claimIds: [claim!.claimId] })
    expect(queued.ok).toBe(false)
    expect(queued.ok ? '' : queued.error.message).toMatch(
      new RegExp(
        `^Nothing was queued: only ready claims go in the outbox — ${detail.patientControlNumber} has 1 error`,
      ),
    )
    expect((await p.run('claims.get', { claimId: claim!.claimId })).status).toBe('draft')
  })

  it('holds a claim with a warning until someone acknowledges it, and remembers who', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(patientId, {
      lines: [officeVisit(), officeVisit({ code: 'J1030', chargeCents: 3500, units: 1 })],
    })
    const [claim] = (await p.bill(visitId)).claims
    expect(claim).toMatchObject({ status: 'draft', errors: 0, warnings: 1 })
    const queued = await p.ask(p.admin, 'claims.queue', { claimIds: [claim!.claimId] })
    expect(queued.ok ? '' : queued.error.message).toMatch(/has 1 unacknowledged warning/)

    const acked = await p.run('claims.acknowledge', {
      claimId: claim!.claimId,
      ruleId: 'ndc.jcode',
      field: 'lines.1.ndc',
    })
    expect(acked.status).toBe('ready')
    expect(acked.findings[0]).toMatchObject({ ruleId: 'ndc.jcode', acknowledgedBy: 'ann.admin' })
    expect(acked.history.at(-1)).toMatchObject({
      from: 'draft',
      to: 'ready',
      reason: expect.stringMatching(/ndc\.jcode acknowledged/),
    })

    // A re-scrub keeps the acknowledgment while the same warning stands.
    expect((await p.run('claims.scrub', { claimId: claim!.claimId })).status).toBe('ready')
    expect((await p.run('claims.queue', { claimIds: [claim!.claimId] })).queued).toBe(1)
  })

  it('refuses to acknowledge an error', async () => {
    const strict = await p.payer({
      name: 'Strict Auth Plan (FAKE)',
      clearinghousePayerId: 'FAKE003',
      requiresPriorAuthorization: true,
    })
    const [claim] = (await p.bill(await p.codedVisit(await p.patient([coverage(strict)])))).claims
    const r = await p.ask(p.admin, 'claims.acknowledge', {
      claimId: claim!.claimId,
      ruleId: 'auth.required',
      field: 'visit.priorAuthorization',
    })
    expect(r.ok ? '' : r.error.message).toMatch(/is an error, not a warning/)
  })

  it('refreshes a draft from the records when scrubbed again: fixing the payer clears the error', async () => {
    const strict = await p.payer({
      name: 'Strict Auth Plan (FAKE)',
      clearinghousePayerId: 'FAKE003',
      requiresPriorAuthorization: true,
    })
    const [claim] = (await p.bill(await p.codedVisit(await p.patient([coverage(strict)])))).claims
    await p.run('payers.save', {
      id: strict,
      record: {
        name: 'Strict Auth Plan (FAKE)',
        clearinghousePayerId: 'FAKE003',
        claimFilingIndicator: 'CI',
        acceptsElectronicClaims: true,
        requiresPriorAuthorization: false,
      },
    })
    const again = await p.run('claims.scrub', { claimId: claim!.claimId })
    expect(again).toMatchObject({ status: 'ready', errors: 0 })
    expect(again.findings).toEqual([])
  })

  it('scrubAll reports each finding with the claim number, and leaves sent claims as they were sent', async () => {
    const strict = await p.payer({
      name: 'Strict Auth Plan (FAKE)',
      clearinghousePayerId: 'FAKE003',
      requiresPriorAuthorization: true,
    })
    const [bad] = (await p.bill(await p.codedVisit(await p.patient([coverage(strict)])))).claims
    const [good] = (await p.bill(await p.codedVisit(await p.patient([coverage(p.payerId)])))).claims
    await p.run('claims.queue', { claimIds: [good!.claimId] })
    const sent = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: sent.batchId, file: 'out.837' })
    const run = await p.run('claims.scrubAll', { all: false })
    expect(run).toMatchObject({ scrubbed: 1, ready: 0, held: 1 })
    expect(run.findings).toEqual([
      expect.objectContaining({
        claimId: bad!.claimId,
        patientControlNumber: bad!.patientControlNumber,
        ruleId: 'auth.required',
        severity: 'error',
      }),
    ])
    const all = await p.run('claims.scrubAll', { all: true })
    expect(all.scrubbed).toBe(2)
    expect((await p.run('claims.get', { claimId: good!.claimId })).status).toBe('submitted')
  })
})
