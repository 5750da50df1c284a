import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canTransition } from '../../../src/main/claims'
import { buildDemoPractice, type DemoSummary } from '../../../src/main/demo/practice'
import { tokenize } from '../../../src/main/x12/tokenize'
import { validate837 } from '../../../src/main/x12/validate837'
import type { ClaimDetail, ClaimStatus, ClaimSummary } from '../../../src/shared/schemas/claim'
import { demoContext, openPractice, type TestPractice } from '../registration/fake-practice'

async function allClaims(p: TestPractice): Promise<ClaimSummary[]> {
  const rows: ClaimSummary[] = []
  for (let offset = 0; ; offset += 500) {
    const page = await p.ok('claims.list', { offset, limit: 500 })
    rows.push(...page.rows)
    if (rows.length >= page.count) return rows
  }
}

describe('the demo practice’s visits and claims', () => {
  let p: TestPractice
  let summary: DemoSummary
  let claims: ClaimDetail[]
  beforeAll(async () => {
    p = await openPractice()
    summary = await buildDemoPractice(demoContext(p), { patients: 60 })
    claims = []
    for (const c of await allClaims(p))
      claims.push(await p.ok('claims.get', { claimId: c.claimId }))
  })
  afterAll(() => p.close())

  const inState = (status: ClaimStatus) => claims.filter((c) => c.status === status)

  it('shows a claim in every state a new user should meet', () => {
    for (const status of [
      'ready',
      'queued',
      'submitted',
      'accepted',
      'rejected',
      'acknowledged',
      'payer_rejected',
      'adjudicated',
      'closed',
      'corrected',
      'voided',
    ] as const) {
      expect(inState(status).length, status).toBeGreaterThan(0)
    }
    // Drafts the scrubber holds on the primary claim itself, not only secondaries waiting.
    const heldPrimaries = inState('draft').filter((c) => c.responsibility === 'primary')
    expect(heldPrimaries.length).toBeGreaterThan(0)
    for (const c of heldPrimaries) expect(c.errors + c.warnings).toBeGreaterThan(0)
    // Posting closes a claim the payer owes nothing more on; a denial stays to be worked.
    expect(new Set(inState('adjudicated').map((c) => c.outcome))).toEqual(new Set(['denied']))
    expect(new Set(inState('closed').map((c) => c.outcome))).toEqual(new Set(['paid', 'partial']))
  })

  it('keeps most claims clean and ready, and counts them in the summary', () => {
    const ready = inState('ready').length
    for (const status of ['queued', 'submitted', 'closed', 'acknowledged'] as const) {
      expect(ready).toBeGreaterThan(inState(status).length)
    }
    expect(summary.claims.claims).toBe(claims.length)
    for (const c of claims) expect(summary.claims.byStatus[c.status]).toBeGreaterThan(0)
    expect(summary.claims.byStatus.ready).toBe(ready)
    expect(summary.claims.visits).toBeGreaterThan(summary.claims.draftVisits)
  })

  it('holds claims for findings the scrubber really makes: prior auth, modifier 25, paper-only payer', () => {
    const rules = new Set(
      claims.flatMap((c) =>
        c.findings.filter((f) => f.acknowledgedBy === null).map((f) => f.ruleId),
      ),
    )
    for (const rule of ['auth.required', 'em.modifier25', 'claim.duplicate', 'dos.timely-soon']) {
      expect(rules, rule).toContain(rule)
    }
    // One warning the biller accepted: the claim is ready with the acknowledgment on file.
    const accepted = claims.filter((c) => c.findings.some((f) => f.acknowledgedBy === 'ada'))
    expect(accepted.length).toBeGreaterThan(0)
    expect(accepted.every((c) => c.status !== 'draft')).toBe(true)
  })

  it('gives every claim a history that starts at draft and moves only by legal steps', () => {
    for (const c of claims) {
      const [first, ...rest] = c.history
      expect(first, c.patientControlNumber).toMatchObject({ from: null, to: 'draft', user: 'ada' })
      let at = first!.at
      let state: ClaimStatus = 'draft'
      for (const step of rest) {
        expect(step.from, `${c.patientControlNumber} ${state}→${step.to}`).toBe(state)
        expect(canTransition(state, step.to), `${c.patientControlNumber} ${state}→${step.to}`).toBe(
          true,
        )
        expect(step.at >= at, `${c.patientControlNumber} goes back in time`).toBe(true)
        expect(step.user).toBe('ada')
        expect(step.reason.length).toBeGreaterThan(3)
        state = step.to
        at = step.at
      }
      expect(state).toBe(c.status)
      expect(at <= new Date().toISOString()).toBe(true)
    }
  })

  it('records the file behind each answer from the clearinghouse and the payer', () => {
    const sources = (to: ClaimStatus) =>
      claims.flatMap((c) => c.history.filter((h) => h.to === to).map((h) => h.sourceFile))
    expect(sources('accepted').every((f) => /^DEMO-999-\d{4}\.x12$/.test(f ?? ''))).toBe(true)
    expect(sources('rejected').every((f) => /^DEMO-999-\d{4}\.x12$/.test(f ?? ''))).toBe(true)
    expect(sources('acknowledged').every((f) => /^DEMO-277-\d{4}\.x12$/.test(f ?? ''))).toBe(true)
    expect(sources('adjudicated').every((f) => /^DEMO-835-\d{4}\.x12$/.test(f ?? ''))).toBe(true)
    expect(sources('submitted').every((f) => /^CD\d{8}-\d{9}\.837$/.test(f ?? ''))).toBe(true)
    for (const c of inState('acknowledged')) expect(c.payerClaimControlNumber).toMatch(/^FAKEICN/)
  })

  it("puts the paper-only payer's claims in the print queue, not in a batch", async () => {
    const queue = await p.ok('claims.paperQueue', {})
    expect(queue.length).toBeGreaterThan(0)
    expect(queue.every((q) => /Workers' Comp/.test(q.mailTo))).toBe(true)
  })

  it('reached every answer through the inbox, as files a user could have imported', async () => {
    const files = await p.ok('inbox.list', {})
    const demo = files.filter((f) => /^DEMO-/.test(f.originalName))
    expect(new Set(demo.map((f) => f.kind))).toEqual(new Set(['999', '277CA', '835']))
    expect(demo.every((f) => f.status === 'processed')).toBe(true)
    // The first day's first file was refused whole by the clearinghouse's 999.
    expect(demo.find((f) => f.originalName === 'DEMO-999-0001.x12')?.outcome).toMatch(/rejected/)
    const { rows } = await p.ok('payments.list', {})
    expect(rows.some((pay) => pay.source === 'insurance' && pay.amountCents > 0)).toBe(true)
  })

  it('sends one rejected claim again after the fix, as an original', () => {
    const resent = claims.filter(
      (c) =>
        c.history.some((h) => h.to === 'rejected') &&
        c.status !== 'rejected' &&
        c.frequency === '1',
    )
    expect(resent.length).toBeGreaterThan(0)
    for (const c of resent) {
      expect(c.history.map((h) => h.to)).toEqual(
        expect.arrayContaining(['submitted', 'rejected', 'draft', 'ready', 'queued']),
      )
      expect(c.history.filter((h) => h.to === 'submitted')).toHaveLength(2)
    }
  })

  /** The claim's segments (CLM through the segment before the next CLM) in its 837 file. */
  async function sentSegments(c: ClaimDetail) {
    const file = await p.ok('claims.batchFile', { batchId: c.batch!.batchId })
    const segments = tokenize(file.content).segments
    const clm = segments.findIndex(
      (s) => s.id === 'CLM' && s.elements[1] === c.patientControlNumber,
    )
    expect(clm).toBeGreaterThan(0)
    const next = segments.findIndex((s, i) => i > clm && (s.id === 'CLM' || s.id === 'HL'))
    return segments.slice(clm, next < 0 ? undefined : next)
  }

  it('replaces a paid claim (frequency 7) and voids another (frequency 8), both sent', async () => {
    const byId = new Map(claims.map((c) => [c.claimId, c]))
    const replacements = claims.filter((c) => c.frequency === '7')
    const voids = claims.filter((c) => c.frequency === '8')
    expect(replacements.length).toBeGreaterThan(0)
    expect(voids.length).toBeGreaterThan(0)
    for (const c of replacements) {
      const original = byId.get(c.replacesClaimId!)!
      expect(original.status).toBe('corrected')
      expect(original.replacedByClaimId).toBe(c.claimId)
      // The correction bills the E/M level the note supports.
      expect(c.lines[0]!.code).not.toBe(original.lines[0]!.code)
      const sent = await sentSegments(c)
      expect(sent[0]!.elements[5]).toMatch(/:7$/)
      expect(sent.find((s) => s.id === 'REF' && s.elements[1] === 'F8')?.elements[2]).toBe(
        original.payerClaimControlNumber,
      )
    }
    for (const c of voids) {
      const original = byId.get(c.replacesClaimId!)!
      expect(original.status).toBe('voided')
      const sent = await sentSegments(c)
      expect(sent[0]!.elements[5]).toMatch(/:8$/)
      expect(sent.find((s) => s.id === 'REF' && s.elements[1] === 'F8')?.elements[2]).toBe(
        original.payerClaimControlNumber,
      )
    }
    // A claim withdrawn before it was sent is voided with no frequency-8 claim.
    expect(inState('voided').some((c) => c.replacedByClaimId === null)).toBe(true)
  })

  it("releases a secondary claim once the primary's payment is on it", async () => {
    const sentSecondaries = claims.filter(
      (c) => c.responsibility === 'secondary' && c.batch !== null,
    )
    expect(sentSecondaries.length).toBeGreaterThan(0)
    for (const c of sentSecondaries) {
      const primary = claims.find((o) => o.visitId === c.visitId && o.responsibility === 'primary')!
      expect(['adjudicated', 'closed']).toContain(primary.status)
      const sent = await sentSegments(c)
      expect(sent.some((s) => s.id === 'AMT' && s.elements[1] === 'D')).toBe(true)
    }
  })

  it('writes batches whose 837P files pass the validator, each claim in one batch', async () => {
    const batches = await p.ok('claims.batches', {})
    // Three days of sending; the first day went out as two files.
    expect(batches.length).toBe(4)
    expect(summary.claims.batches).toBe(4)
    let sent = 0
    for (const b of batches) {
      const file = await p.ok('claims.batchFile', { batchId: b.batchId })
      expect(validate837(file.content).errors, b.fileName).toEqual([])
      sent += b.claimCount
    }
    expect(summary.claims.claimsSent).toBe(sent)
    const submissions = claims.flatMap((c) => c.history.filter((h) => h.to === 'submitted'))
    expect(submissions).toHaveLength(sent)
  })

  it('bills only coded visits, and leaves a few visits in draft', async () => {
    const drafts = await p.ok('visits.list', { status: 'draft', limit: 500 })
    expect(drafts.length).toBe(summary.claims.draftVisits)
    expect(drafts.length).toBeGreaterThan(0)
    const billed = await p.ok('visits.list', { status: 'billed', limit: 500 })
    const billedIds = new Set(billed.map((v) => v.visitId))
    for (const c of claims) expect(billedIds.has(c.visitId) || c.status === 'voided').toBe(true)
  })

  it('is audited as one entry for the visits and claims', async () => {
    const { entries } = await p.ok('audit.list', { limit: 500 })
    expect(entries.find((e) => e.action === 'demo.claims')).toMatchObject({
      username: 'ada',
      detail: { visits: summary.claims.visits, claims: summary.claims.claims, batches: 4 },
    })
  })
})

describe('the demo’s claims, run again', () => {
  it('come out the same for the same seed: numbers, states and amounts', async () => {
    const runs: string[][] = []
    for (let i = 0; i < 2; i++) {
      const p = await openPractice()
      try {
        await buildDemoPractice(demoContext(p), { patients: 40, seed: 7 })
        runs.push(
          (await allClaims(p))
            .map(
              (c) =>
                `${c.patientControlNumber} ${c.status} ${c.outcome ?? '-'} ${c.frequency} ${c.totalCents}`,
            )
            .sort(),
        )
      } finally {
        p.close()
      }
    }
    expect(runs[0]!.length).toBeGreaterThan(30)
    expect(runs[1]).toEqual(runs[0])
  })
})

describe('a large demo', () => {
  it('bills only the first few hundred patients of 50,000 (the time is a benchmark: patients.demo_50k_ms)', async () => {
    const p = await openPractice()
    try {
      const s = await buildDemoPractice(demoContext(p), { patients: 50_000 })
      expect(s.patients).toBe(50_000)
      expect(s.claims.visits).toBeGreaterThan(300)
      expect(s.claims.visits).toBeLessThan(3 * 300)
      const visits = await p.ok('visits.list', { limit: 500 })
      const first = Math.min(...visits.map((v) => v.patientId))
      expect(Math.max(...visits.map((v) => v.patientId)) - first).toBeLessThan(300)
    } finally {
      p.close()
    }
  }, 120_000)
})
