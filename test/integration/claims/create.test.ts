import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { officeVisit, claimPractice, coverage, type ClaimPractice } from './claim-practice'

describe('claims.create: claims from a coded visit', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it('makes one claim per payer responsible on the date of service, the primary ready and the secondary held', async () => {
    const patientId = await p.patient([
      coverage(p.payerId),
      coverage(p.secondPayerId, { order: 'secondary', memberId: 'SEC55501' }),
      // Ended before the date of service: not responsible.
      coverage(p.secondPayerId, {
        order: 'tertiary',
        memberId: 'OLD1',
        effectiveDate: '2020-01-01',
        endDate: '2024-12-31',
      }),
    ])
    const visitId = await p.codedVisit(patientId)
    const made = await p.bill(visitId)

    expect(made.claims.map((c) => [c.responsibility, c.payerId, c.status])).toEqual([
      ['primary', p.payerId, 'ready'],
      ['secondary', p.secondPayerId, 'draft'],
    ])
    expect(made.message).toMatch(/secondary held until the payer before adjudicates/)
    const secondary = await p.run('claims.get', { claimId: made.claims[1]!.claimId })
    expect(secondary.findings.map((f) => f.ruleId)).toEqual(['secondary.after-primary'])
    expect(secondary.findings[0]!.message).toMatch(
      /^Held: a secondary claim goes out after the primary payer adjudicates claim/,
    )
    expect((await p.run('visits.get', { visitId })).status).toBe('billed')
  })

  it('makes no claim for a self-pay visit, says so, and leaves the visit coded for the statement', async () => {
    const patientId = await p.patient([])
    const visitId = await p.codedVisit(patientId)
    const made = await p.bill(visitId)
    expect(made.claims).toEqual([])
    expect(made.message).toMatch(/self-pay visit, so no claim was made/)
    expect((await p.run('visits.get', { visitId })).status).toBe('coded')
  })

  it('splits a visit of 51 lines into two claims of the same visit, parts 1 and 2', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const lines = Array.from({ length: 51 }, (_, i) =>
      officeVisit({ code: i % 2 ? '36415' : '93000', chargeCents: 1000 + i }),
    )
    const visitId = await p.codedVisit(patientId, { lines })
    const made = await p.bill(visitId)
    expect(made.claims.map((c) => [c.splitPart, c.splitCount, c.visitId])).toEqual([
      [1, 2, visitId],
      [2, 2, visitId],
    ])
    const [a, b] = await Promise.all(
      made.claims.map((c) => p.run('claims.get', { claimId: c.claimId })),
    )
    expect(a!.lines.length + b!.lines.length).toBe(51)
    expect(Math.max(a!.lines.length, b!.lines.length)).toBeLessThanOrEqual(50)
    const sum = lines.reduce((s, l) => s + l.chargeCents, 0)
    expect(a!.totalCents + b!.totalCents).toBe(sum)
    expect(b!.lines[0]!.lineNo).toBe(1)
  })

  it('gives every claim a patient control number of at most 17 characters, unique, and every line its own REF*6R number', async () => {
    const controlNumbers: string[] = []
    const lineNumbers: string[] = []
    for (let i = 0; i < 4; i++) {
      const patientId = await p.patient([
        coverage(p.payerId),
        coverage(p.secondPayerId, { order: 'secondary' }),
      ])
      const visitId = await p.codedVisit(patientId, {
        lines: [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })],
      })
      for (const c of (await p.bill(visitId)).claims) {
        const detail = await p.run('claims.get', { claimId: c.claimId })
        controlNumbers.push(detail.patientControlNumber)
        lineNumbers.push(...detail.lines.map((l) => l.lineControlNumber))
      }
    }
    expect(controlNumbers).toHaveLength(8)
    expect(new Set(controlNumbers).size).toBe(8)
    for (const pcn of controlNumbers) expect(pcn).toMatch(/^[0-9A-Z-]{1,17}$/)
    expect(new Set(lineNumbers).size).toBe(lineNumbers.length)
  })

  it('refuses a visit not yet coded, and one already billed', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const draft = await p.run('visits.save', {
      visit: {
        patientId,
        dateOfService: '2026-02-20',
        renderingProviderId: p.providerId,
        locationId: p.locationId,
        placeOfService: '11',
        diagnoses: ['I10'],
        lines: [officeVisit()],
      },
    })
    const notCoded = await p.ask(p.admin, 'claims.create', { visitId: draft.visitId })
    expect(notCoded.ok ? null : notCoded.error.message).toMatch(/Mark the visit coded first/)
    const visitId = await p.codedVisit(patientId)
    await p.bill(visitId)
    const again = await p.ask(p.admin, 'claims.create', { visitId })
    expect(again.ok ? null : again.error.code).toBe('conflict')
  })

  it('records the creation in the history and audits reading a claim as a patient read', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const made = await p.bill(await p.codedVisit(patientId))
    const detail = await p.run('claims.get', { claimId: made.claims[0]!.claimId })
    expect(detail.history[0]).toMatchObject({ from: null, to: 'draft', user: 'ann.admin' })
    expect(detail.history[0]!.reason).toMatch(
      /^Made from visit #\d+ for the primary payer, Example Health Plan/,
    )
    expect(detail.history[1]).toMatchObject({ from: 'draft', to: 'ready', user: 'ann.admin' })
    const audited = p.office.store.db
      .prepare("SELECT patient_id FROM audit_log WHERE action = 'claims.get'")
      .pluck()
      .all()
    expect(audited).toEqual([patientId])
  })
})
