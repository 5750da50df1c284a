import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  coverage,
  openPractice,
  PARENT_SUBSCRIBER,
  patient,
  twoPayers,
  type TestPractice,
} from '../registration/fake-practice'

describe('registering a patient', () => {
  let p: TestPractice
  let medicareId: number
  let commercialId: number
  beforeEach(async () => {
    p = await openPractice()
    ;({ medicareId, commercialId } = await twoPayers(p))
  })
  afterEach(() => p.close())

  it('saves the patient with a primary and a secondary coverage and gives an account number', async () => {
    const r = await p.ok('patients.create', {
      patient: patient(),
      coverages: [
        coverage(medicareId, { memberId: '1EG4TE5MK72' }),
        coverage(commercialId, {
          order: 'secondary',
          memberId: 'FKM100200',
          groupNumber: 'GRP-77',
        }),
      ],
    })
    if (!r.created) throw new Error('expected the patient to be created')
    expect(r.detail.accountNo).toMatch(/^\d{6,}$/)
    expect(r.detail.patient).toMatchObject({
      lastName: 'Testpatient',
      phones: { home: '2175550142' },
    })
    expect(
      r.detail.coverages.map((c) => [c.coverage.order, c.payerName, c.coverage.memberId]),
    ).toEqual([
      ['primary', 'Example Medicare Part B (FAKE)', '1EG4TE5MK72'],
      ['secondary', 'Example Health Plan (FAKE)', 'FKM100200'],
    ])
    expect(await p.ok('patients.get', { patientId: r.patientId })).toEqual(r.detail)
  })

  it('gives each new patient the next account number', async () => {
    const a = await p.ok('patients.create', { patient: patient() })
    const b = await p.ok('patients.create', {
      patient: patient({ firstName: 'Bea', dob: '1990-01-02' }),
    })
    if (!a.created || !b.created) throw new Error('expected both to be created')
    expect(Number(b.detail.accountNo)).toBe(Number(a.detail.accountNo) + 1)
  })

  it('warns about the same name and date of birth and saves nothing until acknowledged', async () => {
    const first = await p.ok('patients.create', { patient: patient() })
    if (!first.created) throw new Error('expected the first to be created')
    const again = await p.ok('patients.create', { patient: patient({ lastName: 'TESTPATIENT' }) })
    expect(again).toEqual({
      created: false,
      duplicates: [
        expect.objectContaining({
          patientId: first.patientId,
          reason: 'same name and date of birth',
        }),
      ],
    })
    expect(await p.ok('patients.search', { text: '' })).toHaveLength(1)
    const twin = await p.ok('patients.create', { patient: patient(), acknowledgeDuplicates: true })
    expect(twin.created).toBe(true)
    expect(await p.ok('patients.search', { text: '' })).toHaveLength(2)
  })

  it('warns about the same payer and member ID even under another name', async () => {
    const first = await p.ok('patients.create', {
      patient: patient(),
      coverages: [coverage(commercialId, { memberId: 'FKM100200' })],
    })
    if (!first.created) throw new Error('expected the first to be created')
    const other = await p.ok('patients.create', {
      patient: patient({ lastName: 'Fakename', firstName: 'Bob', dob: '1971-05-06' }),
      coverages: [coverage(commercialId, { memberId: 'fkm100200' })],
    })
    expect(other).toEqual({
      created: false,
      duplicates: [
        expect.objectContaining({
          patientId: first.patientId,
          accountNo: first.detail.accountNo,
          lastName: 'Testpatient',
          reason: expect.stringContaining('member ID'),
        }),
      ],
    })
    const acknowledged = await p.ok('patients.create', {
      patient: patient({ lastName: 'Fakename', firstName: 'Bob', dob: '1971-05-06' }),
      coverages: [coverage(commercialId, { memberId: 'fkm100200' })],
      acknowledgeDuplicates: true,
    })
    expect(acknowledged.created).toBe(true)
  })

  it('does not call the same member ID at another payer a duplicate', async () => {
    await p.ok('patients.create', {
      patient: patient(),
      coverages: [coverage(commercialId, { memberId: 'FKM100200' })],
    })
    const other = await p.ok('patients.create', {
      patient: patient({ lastName: 'Fakename', firstName: 'Bob', dob: '1971-05-06' }),
      coverages: [coverage(medicareId, { memberId: 'FKM100200' })],
    })
    expect(other.created).toBe(true)
  })

  it('needs the subscriber when the patient is not the subscriber', async () => {
    const r = await p.call('patients.create', {
      patient: patient({ firstName: 'Cody', dob: '2015-09-01' }),
      coverages: [coverage(commercialId, { relationship: 'child' })],
    })
    expect(r.ok === false && r.error).toMatchObject({
      code: 'invalid_input',
      field: 'coverages.0.subscriber.lastName',
    })
    const withParent = await p.ok('patients.create', {
      patient: patient({ firstName: 'Cody', dob: '2015-09-01' }),
      coverages: [coverage(commercialId, { relationship: 'child', subscriber: PARENT_SUBSCRIBER })],
    })
    if (!withParent.created) throw new Error('expected the child to be created')
    expect(withParent.detail.coverages[0]!.coverage.subscriber).toMatchObject({
      firstName: 'Bernard',
      dob: '1980-07-04',
    })
  })

  it('drops a subscriber typed in for a self coverage: 2010BA then describes the patient', async () => {
    const r = await p.ok('patients.create', {
      patient: patient(),
      coverages: [coverage(commercialId, { subscriber: PARENT_SUBSCRIBER })],
    })
    if (!r.created) throw new Error('expected the patient to be created')
    expect(r.detail.coverages[0]!.coverage.subscriber).toBeUndefined()
  })

  it('refuses two primary coverages active on the same dates in one registration', async () => {
    const r = await p.call('patients.create', {
      patient: patient(),
      coverages: [coverage(medicareId), coverage(commercialId, { effectiveDate: '2024-06-01' })],
    })
    expect(r.ok === false && r.error).toMatchObject({
      code: 'invalid_input',
      field: 'coverages.1.effectiveDate',
    })
  })

  it('refuses a coverage at a payer that is not on file, and saves no patient', async () => {
    const r = await p.call('patients.create', { patient: patient(), coverages: [coverage(9_999)] })
    expect(r.ok === false && r.error).toMatchObject({
      code: 'not_found',
      field: 'coverages.0.payerId',
    })
    expect(await p.ok('patients.search', { text: '' })).toEqual([])
  })

  it('changes demographics and keeps the account number', async () => {
    const r = await p.ok('patients.create', { patient: patient() })
    if (!r.created) throw new Error('expected the patient to be created')
    const moved = await p.ok('patients.update', {
      patientId: r.patientId,
      patient: patient({
        address: { street1: '34 Example St', city: 'Springfield', state: 'IL', zip: '62702' },
      }),
    })
    expect(moved.accountNo).toBe(r.detail.accountNo)
    expect(moved.patient.address.street1).toBe('34 Example St')
  })

  it('answers not_found for a patient that does not exist', async () => {
    const r = await p.call('patients.get', { patientId: 4_242 })
    expect(r.ok === false && r.error).toMatchObject({ code: 'not_found', field: 'patientId' })
  })
})
