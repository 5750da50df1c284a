import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  coverage,
  openPractice,
  PARENT_SUBSCRIBER,
  patient,
  twoPayers,
  type TestPractice,
} from '../registration/fake-practice'

describe('a patient’s coverages', () => {
  let p: TestPractice
  let medicareId: number
  let commercialId: number
  let patientId: number
  let primaryId: number
  beforeEach(async () => {
    p = await openPractice()
    ;({ medicareId, commercialId } = await twoPayers(p))
    const r = await p.ok('patients.create', {
      patient: patient(),
      coverages: [coverage(commercialId)],
    })
    if (!r.created) throw new Error('expected the patient to be created')
    patientId = r.patientId
    primaryId = r.detail.coverages[0]!.coverageId
  })
  afterEach(() => p.close())

  it('refuses a second primary coverage that overlaps the one on file, saving nothing', async () => {
    const r = await p.call('coverages.save', {
      patientId,
      coverage: coverage(medicareId, { memberId: '1EG4TE5MK72', effectiveDate: '2025-01-01' }),
    })
    expect(r.ok === false && r.error).toMatchObject({
      code: 'conflict',
      field: 'coverage.effectiveDate',
      message: expect.stringContaining('Two primary coverages are active from 2025-01-01 on'),
    })
    expect((await p.ok('patients.get', { patientId })).coverages).toHaveLength(1)
  })

  it('takes a new primary once the old one has an end date before it starts', async () => {
    await p.ok('coverages.save', {
      patientId,
      coverageId: primaryId,
      coverage: coverage(commercialId, { endDate: '2024-12-31' }),
    })
    const detail = await p.ok('coverages.save', {
      patientId,
      coverage: coverage(medicareId, { memberId: '1EG4TE5MK72', effectiveDate: '2025-01-01' }),
    })
    expect(detail.coverages.map((c) => [c.payerName, c.coverage.endDate ?? null])).toEqual([
      ['Example Medicare Part B (FAKE)', null],
      ['Example Health Plan (FAKE)', '2024-12-31'],
    ])
  })

  it('refuses an old primary that still overlaps the new one by a day', async () => {
    await p.ok('coverages.save', {
      patientId,
      coverageId: primaryId,
      coverage: coverage(commercialId, { endDate: '2025-01-01' }),
    })
    const r = await p.call('coverages.save', {
      patientId,
      coverage: coverage(medicareId, { memberId: '1EG4TE5MK72', effectiveDate: '2025-01-01' }),
    })
    expect(r.ok === false && r.error.message).toContain('on 2025-01-01')
  })

  it('lets a coverage be changed without colliding with itself', async () => {
    const detail = await p.ok('coverages.save', {
      patientId,
      coverageId: primaryId,
      coverage: coverage(commercialId, { groupNumber: 'GRP-99', copayCents: 2_500 }),
    })
    expect(detail.coverages).toHaveLength(1)
    expect(detail.coverages[0]!.coverage).toMatchObject({
      groupNumber: 'GRP-99',
      copayCents: 2_500,
    })
  })

  it('adds a secondary beside the primary', async () => {
    const detail = await p.ok('coverages.save', {
      patientId,
      coverage: coverage(medicareId, { order: 'secondary', memberId: '1EG4TE5MK72' }),
    })
    expect(detail.coverages.map((c) => c.coverage.order)).toEqual(['primary', 'secondary'])
  })

  it('needs the subscriber’s name, birth date, sex and address unless the patient is the subscriber', async () => {
    const r = await p.call('coverages.save', {
      patientId,
      coverage: coverage(medicareId, { order: 'secondary', relationship: 'spouse' }),
    })
    expect(r.ok === false && r.error).toMatchObject({
      code: 'invalid_input',
      field: 'coverage.subscriber.lastName',
    })
    const partial = await p.call('coverages.save', {
      patientId,
      coverage: coverage(medicareId, {
        order: 'secondary',
        relationship: 'spouse',
        subscriber: { ...PARENT_SUBSCRIBER, dob: '' },
      }),
    })
    expect(partial.ok === false && partial.error.field).toBe('coverage.subscriber.dob')
    const ok = await p.ok('coverages.save', {
      patientId,
      coverage: coverage(medicareId, {
        order: 'secondary',
        relationship: 'spouse',
        subscriber: PARENT_SUBSCRIBER,
      }),
    })
    expect(ok.coverages[1]!.coverage.relationship).toBe('spouse')
  })

  it('removes a coverage entered by mistake, and only the patient’s own', async () => {
    const other = await p.ok('patients.create', {
      patient: patient({ firstName: 'Bob', dob: '1970-01-01' }),
    })
    if (!other.created) throw new Error('expected the patient to be created')
    const wrongPatient = await p.call('coverages.remove', {
      patientId: other.patientId,
      coverageId: primaryId,
    })
    expect(wrongPatient.ok === false && wrongPatient.error.code).toBe('not_found')
    const detail = await p.ok('coverages.remove', { patientId, coverageId: primaryId })
    expect(detail.coverages).toEqual([])
  })
})
