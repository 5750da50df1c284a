import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  coverage,
  openPractice,
  patient,
  payer,
  type TestPractice,
} from '../registration/fake-practice'

describe('who may see and change patients', () => {
  let p: TestPractice
  let planId: number
  beforeEach(async () => {
    p = await openPractice()
    planId = (await p.ok('payers.save', { record: payer() })).id
  })
  afterEach(() => p.close())

  it('audits every look at a chart with the patient’s id, and keeps no chart data in the log', async () => {
    const r = await p.ok('patients.create', { patient: patient(), coverages: [coverage(planId)] })
    if (!r.created) throw new Error('expected the patient to be created')
    await p.ok('patients.get', { patientId: r.patientId })
    await p.ok('patients.get', { patientId: r.patientId })
    const { entries } = await p.ok('audit.list', { patientId: r.patientId })
    expect(entries.map((e) => [e.action, e.username, e.patientId])).toEqual([
      ['patients.get', 'ada', r.patientId],
      ['patients.get', 'ada', r.patientId],
      ['patients.create', 'ada', r.patientId],
    ])
    // The log itself holds ids only; the name is looked up when an auditor reads it.
    const stored = p.office.store.db.prepare('SELECT * FROM audit_log').all()
    expect(JSON.stringify(stored)).not.toContain('Testpatient')
    expect(JSON.stringify(entries.map((e) => e.detail))).not.toContain('Testpatient')
    expect(entries[0]!.patient).toEqual({ accountNo: '100001', name: 'Testpatient, Alice' })
  })

  it('lets the front desk register patients but not change the payer list', async () => {
    const desk = await p.staff('front_desk', 'fred')
    const created = await p.ok(
      'patients.create',
      { patient: patient(), coverages: [coverage(planId)] },
      desk,
    )
    expect(created.created).toBe(true)
    const refused = await p.call(
      'payers.save',
      { record: payer({ name: 'Example Other Plan (FAKE)' }) },
      desk,
    )
    expect(refused.ok === false && refused.error.code).toBe('forbidden')
    expect(await p.ok('payers.list', {}, desk)).toHaveLength(1)
  })

  it('lets a viewer look a patient up but not register one', async () => {
    await p.ok('patients.create', { patient: patient() })
    const viewer = await p.staff('viewer', 'vera')
    expect(await p.ok('patients.search', { text: 'testp' }, viewer)).toHaveLength(1)
    const refused = await p.call(
      'patients.create',
      { patient: patient({ firstName: 'Bea' }) },
      viewer,
    )
    expect(refused.ok === false && refused.error.code).toBe('forbidden')
    expect(await p.ok('patients.search', { text: 'testp' })).toHaveLength(1)
  })
})
