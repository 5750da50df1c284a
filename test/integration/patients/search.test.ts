import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  coverage,
  openPractice,
  patient,
  payer,
  type TestPractice,
} from '../registration/fake-practice'

describe('finding a patient as the front desk types', () => {
  let p: TestPractice
  let alice: { id: number; accountNo: string }

  const found = async (text: string) =>
    (await p.ok('patients.search', { text })).map((s) => `${s.lastName}, ${s.firstName}`)

  beforeAll(async () => {
    p = await openPractice()
    const plan = (await p.ok('payers.save', { record: payer() })).id
    const people = [
      {
        last: 'Testpatient',
        first: 'Alice',
        dob: '1962-03-14',
        phone: '(217) 555-0142',
        member: 'FKM100200',
      },
      {
        last: 'Testpatient',
        first: 'Bruno',
        dob: '1988-11-02',
        phone: '217-555-0150',
        member: 'FKM300400',
      },
      {
        last: 'Testerson',
        first: 'Alma',
        dob: '1962-03-15',
        phone: '312 555 0161',
        member: 'ZQX555',
      },
      {
        last: 'Fakename',
        first: 'Testa',
        dob: '2001-06-30',
        phone: '773.555.0177',
        member: 'FKX999',
      },
      {
        last: 'Sampleton',
        first: 'Carl',
        dob: '1945-12-25',
        phone: '6305550188',
        member: 'QQ1234',
      },
    ]
    for (const x of people) {
      const r = await p.ok('patients.create', {
        patient: patient({
          lastName: x.last,
          firstName: x.first,
          dob: x.dob,
          phones: { mobile: x.phone },
        }),
        coverages: [coverage(plan, { memberId: x.member })],
      })
      if (!r.created) throw new Error(`expected ${x.first} to be created`)
      if (x.first === 'Alice') alice = { id: r.patientId, accountNo: r.detail.accountNo }
    }
  })
  afterAll(() => p.close())

  it('finds by the start of the last name, in any case, sorted by name', async () => {
    expect(await found('testp')).toEqual(['Testpatient, Alice', 'Testpatient, Bruno'])
    expect(await found('TES')).toEqual([
      'Fakename, Testa',
      'Testerson, Alma',
      'Testpatient, Alice',
      'Testpatient, Bruno',
    ])
  })

  it('reads "last, first" as prefixes of each', async () => {
    expect(await found('testp, al')).toEqual(['Testpatient, Alice'])
    expect(await found('Test,A')).toEqual(['Testerson, Alma', 'Testpatient, Alice'])
  })

  it('reads "first last" either way round', async () => {
    expect(await found('alice testpatient')).toEqual(['Testpatient, Alice'])
    expect(await found('br test')).toEqual(['Testpatient, Bruno'])
  })

  it('finds by date of birth written as on the form or as on a card', async () => {
    expect(await found('1962-03-14')).toEqual(['Testpatient, Alice'])
    expect(await found('03/14/1962')).toEqual(['Testpatient, Alice'])
    expect(await found('3/15/1962')).toEqual(['Testerson, Alma'])
  })

  it('finds by account number', async () => {
    const [hit] = await p.ok('patients.search', { text: alice.accountNo })
    expect(hit).toMatchObject({ patientId: alice.id, accountNo: alice.accountNo })
  })

  it('finds by phone however it is punctuated', async () => {
    for (const text of [
      '(217) 555-0142',
      '217.555.0142',
      '2175550142',
      '+1 217 555 0142',
      '217-555-0142',
    ]) {
      expect(await found(text), text).toEqual(['Testpatient, Alice'])
    }
  })

  it('finds by the start of a member ID and shows today’s primary payer', async () => {
    expect(await found('fkm3')).toEqual(['Testpatient, Bruno'])
    const [hit] = await p.ok('patients.search', { text: 'ZQX5' })
    expect(hit).toMatchObject({
      lastName: 'Testerson',
      memberId: 'ZQX555',
      primaryPayer: 'Example Health Plan (FAKE)',
    })
  })

  it('finds by date of birth typed as eight digits, as on a card without slashes', async () => {
    expect(await found('03141962')).toEqual(['Testpatient, Alice'])
    expect(await found('12251945')).toEqual(['Sampleton, Carl'])
  })

  it('finds by the start of a phone number or by its local number without area code', async () => {
    expect(await found('217555')).toEqual(['Testpatient, Alice', 'Testpatient, Bruno'])
    expect(await found('(217) 555-015')).toEqual(['Testpatient, Bruno'])
    expect(await found('555-0161')).toEqual(['Testerson, Alma'])
    expect(await found('5550188')).toEqual(['Sampleton, Carl'])
  })

  it('finds by part of a member ID, however it is spaced', async () => {
    expect(await found('FKM1')).toEqual(['Testpatient, Alice'])
    expect(await found('fkm 3004')).toEqual(['Testpatient, Bruno'])
    expect(await found('QQ-12')).toEqual(['Sampleton, Carl'])
  })

  it('does not treat % or _ as wildcards', async () => {
    expect(await found('%')).toHaveLength(5)
    expect(await found('t_st')).toEqual([])
  })

  it('answers nothing, not an error, when nobody matches', async () => {
    expect(await found('Nobodyhere')).toEqual([])
    expect(await found('01/01/1900')).toEqual([])
  })
})
