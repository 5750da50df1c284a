import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildDemoPractice, type DemoContext } from '../../../src/main/demo/practice'
import { demoContext, openPractice, type TestPractice } from '../registration/fake-practice'

describe('the demo practice', () => {
  let p: TestPractice
  let demo: DemoContext
  beforeEach(async () => {
    p = await openPractice()
    demo = demoContext(p)
  })
  afterEach(() => p.close())

  it('sets up a billable practice: profile, providers, locations, referrers, payers and fees', async () => {
    const summary = await buildDemoPractice(demo, { patients: 20 })
    expect(summary).toMatchObject({
      providers: 3,
      locations: 2,
      referrers: 2,
      payers: 8,
      patients: 20,
    })
    const practice = await p.ok('practice.get', {})
    expect(practice.name).toBe('Demo Family Medicine (FAKE)')
    expect(practice.profile?.billingAddress.zip).toMatch(/^\d{9}$/)
    expect((await p.ok('providers.list', {})).map((r) => r.record.taxonomyCode).sort()).toEqual([
      '207Q00000X',
      '207R00000X',
      '363LF0000X',
    ])
    const payers = await p.ok('payers.list', {})
    expect(payers.map((r) => r.record.claimFilingIndicator).sort()).toEqual([
      '16',
      'BL',
      'CH',
      'CI',
      'HM',
      'MB',
      'MC',
      'WC',
    ])
    for (const r of payers) expect(r.record.name).toContain('(FAKE)')
    const fees = await p.ok('fees.list', {})
    expect(fees.length).toBeGreaterThanOrEqual(25)
    const officeVisit = fees.find((f) => f.code === '99213')!
    expect(officeVisit.chargeCents).toBe(15_000)
    expect(officeVisit.expectedAllowed.length).toBeGreaterThanOrEqual(3)
    for (const a of officeVisit.expectedAllowed)
      expect(a.allowedCents).toBeLessThan(officeVisit.chargeCents)
  })

  it('mixes coverage as a family practice sees it, with valid records throughout', async () => {
    const s = await buildDemoPractice(demo, { patients: 1_000 })
    expect(s.oneCoverage + s.primaryAndSecondary + s.selfPay).toBe(1_000)
    expect(s.selfPay).toBeGreaterThan(70)
    expect(s.selfPay).toBeLessThan(130)
    expect(s.primaryAndSecondary).toBeGreaterThan(160)
    expect(s.primaryAndSecondary).toBeLessThan(240)
    expect(s.children).toBeGreaterThan(100)
    expect(s.endedCoverage).toBeGreaterThan(50)

    // Every chart reads back through the router, whose output check re-validates it.
    const all = await p.ok('patients.search', { text: '', limit: 200 })
    let childOnParentPlan = 0
    for (const summary of all) {
      const detail = await p.ok('patients.get', { patientId: summary.patientId })
      expect(detail.patient.lastName).toMatch(
        /^(Test|Fake|Sample|Demo|Mock|Example|Dummy|Pretend|Madeup|Notreal|Fiction|Pseudo|Trial|Placebo|Stand)/,
      )
      expect(detail.patient.address.street1).toMatch(/Example St$/)
      const phone = detail.patient.phones.mobile ?? detail.patient.phones.home ?? ''
      expect(phone).toMatch(/^[2-9]\d{2}5550[1]\d{2}$/)
      if (
        detail.coverages.some((c) => c.coverage.relationship === 'child' && c.coverage.subscriber)
      )
        childOnParentPlan++
    }
    expect(childOnParentPlan).toBeGreaterThan(0)
  })

  it('comes out the same every time, so benchmarks and screenshots repeat', async () => {
    await buildDemoPractice(demo, { patients: 50 })
    const first = await p.ok('patients.search', { text: '', limit: 50 })
    const other = await openPractice()
    try {
      await buildDemoPractice(demoContext(other), { patients: 50 })
      const second = await other.ok('patients.search', { text: '', limit: 50 })
      const roster = (list: typeof first) =>
        list.map((s) => [s.accountNo, s.lastName, s.firstName, s.dob, s.memberId]).sort()
      expect(roster(second)).toEqual(roster(first))
    } finally {
      other.close()
    }
  })

  it('refuses to add a second demo to a practice that has patients', async () => {
    await buildDemoPractice(demo, { patients: 10 })
    await expect(buildDemoPractice(demo, { patients: 10 })).rejects.toThrow(/already has patients/)
    expect(await p.ok('patients.search', { text: '', limit: 200 })).toHaveLength(10)
  })

  it('finishes what an interrupted run left, without repeating providers or payers', async () => {
    await buildDemoPractice(demo, { patients: 0 })
    await buildDemoPractice(demo, { patients: 5 })
    expect(await p.ok('providers.list', {})).toHaveLength(3)
    expect(await p.ok('payers.list', {})).toHaveLength(8)
    expect(await p.ok('patients.search', { text: '', limit: 200 })).toHaveLength(5)
  })

  it('is audited: the setup edits one by one, the patients as one batch', async () => {
    await buildDemoPractice(demo, { patients: 10 })
    const { entries } = await p.ok('audit.list', { limit: 500 })
    const actions = entries.map((e) => e.action)
    expect(actions.filter((a) => a === 'payers.save')).toHaveLength(8)
    expect(actions).toContain('practice.update')
    expect(entries.find((e) => e.action === 'demo.patients')).toMatchObject({
      username: 'ada',
      detail: { patients: 10 },
    })
  })

  it('is refused to a role that may not import patients', async () => {
    const desk = await p.staff('front_desk', 'fred')
    await expect(buildDemoPractice(demoContext(p, desk), { patients: 5 })).rejects.toThrow(
      /administrator or a biller/,
    )
  })
})
