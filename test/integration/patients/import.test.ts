import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PAYERS } from '../../../src/main/demo/directory'
import { openPractice, type TestPractice } from '../registration/fake-practice'

const FIXTURES = join(import.meta.dirname, '../../fixtures/patients')
const csvFile = (name: string) => readFileSync(join(FIXTURES, name), 'utf8')

describe('importing patients from another system’s CSV', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await openPractice()
    // The demo practice's payers, so these files also import into a practice made by `demo`.
    await p.ok('payers.save', { record: DEMO_PAYERS.MB })
    await p.ok('payers.save', { record: DEMO_PAYERS.CI })
  })
  afterEach(() => p.close())

  const everyone = async () => (await p.ok('patients.search', { text: '', limit: 200 })).length

  it('recognises another system’s headers and checks a clean file without saving it', async () => {
    const r = await p.ok('patients.import', { csv: csvFile('clean.csv') })
    expect(r.mapping).toEqual({
      lastName: 'Last Name',
      firstName: 'First Name',
      dob: 'DOB',
      sex: 'Gender',
      street1: 'Address',
      city: 'City',
      state: 'State',
      zip: 'Zip',
      phoneHome: 'Home Phone',
      primaryPayer: 'Insurance',
      primaryMemberId: 'Member ID',
      primaryGroupNumber: 'Group',
      primaryRelationship: 'Relationship',
      primaryEffectiveDate: 'Effective Date',
    })
    expect(r).toMatchObject({ rowCount: 10, problems: [], moreProblems: 0, saved: 0 })
    expect(r.preview[0]).toEqual({
      row: 2,
      name: 'Testpatient, Alice',
      dob: '1962-03-14',
      payer: 'Example Medicare Part B (FAKE)',
    })
    expect(r.preview.find((x) => x.name === 'Sampleton, Frank')?.payer).toBeNull()
    expect(await everyone()).toBe(0)
  })

  it('saves every row of a clean file on commit, with coverages matched by payer name or ID', async () => {
    const r = await p.ok('patients.import', { csv: csvFile('clean.csv'), commit: true })
    expect(r).toMatchObject({ problems: [], saved: 10 })
    expect(await everyone()).toBe(10)
    const [carla] = await p.ok('patients.search', { text: 'fakename, carla' })
    const detail = await p.ok('patients.get', { patientId: carla!.patientId })
    expect(detail.patient).toMatchObject({
      dob: '2001-06-30',
      sex: 'F',
      phones: { home: '2175550150' },
    })
    expect(
      detail.coverages.map((c) => [c.payerName, c.coverage.memberId, c.coverage.groupNumber]),
    ).toEqual([['Example Commercial Health (FAKE)', 'FKM100202', 'GRP-77']])
  })

  it('lists each bad row with its row number and column, and saves nothing even on commit', async () => {
    const r = await p.ok('patients.import', { csv: csvFile('two-bad-rows.csv'), commit: true })
    expect(r.problems).toEqual([
      { row: 4, field: 'Zip', message: expect.stringContaining('"6270"') },
      {
        row: 7,
        field: 'Insurance',
        message: expect.stringContaining('Example Nonexistent Plan (FAKE)'),
      },
    ])
    expect(r.saved).toBe(0)
    expect(await everyone()).toBe(0)
  })

  it('saves every row once the two bad rows are fixed', async () => {
    const r = await p.ok('patients.import', {
      csv: csvFile('two-bad-rows-fixed.csv'),
      commit: true,
    })
    expect(r).toMatchObject({ problems: [], saved: 10 })
    expect(await everyone()).toBe(10)
  })

  it('saves nothing the second time the same file comes in, saying each row is already on file', async () => {
    await p.ok('patients.import', { csv: csvFile('clean.csv'), commit: true })
    const again = await p.ok('patients.import', { csv: csvFile('clean.csv'), commit: true })
    expect(again.saved).toBe(0)
    expect(again.problems.map((x) => x.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    for (const problem of again.problems)
      expect(problem.message).toMatch(/already on file as account \d+/)
    expect(await everyone()).toBe(10)
  })

  it('reads a quoted field holding a comma and a line break as one value', async () => {
    const r = await p.ok('patients.import', { csv: csvFile('quoted-fields.csv'), commit: true })
    expect(r).toMatchObject({ rowCount: 2, problems: [], saved: 2 })
    expect(r.preview.map((x) => [x.row, x.name])).toEqual([
      [2, 'Quotewell, Kay'],
      [3, 'Quotewell, Lars'],
    ])
    const [kay] = await p.ok('patients.search', { text: 'quotewell, kay' })
    const detail = await p.ok('patients.get', { patientId: kay!.patientId })
    expect(detail.patient.address.street1).toBe('12 Example St, Apt 4')
    expect(detail.patient.notes).toBe('Prefers mornings,\r\ncall the "home" number first')
  })

  it('numbers rows as a spreadsheet shows them, even after a cell with a line break', async () => {
    const csv = [
      'Last Name,First Name,DOB,Gender,Address,City,State,Zip,Home Phone,Notes',
      'Quotewell,Kay,02/02/1982,F,12 Example St,Springfield,IL,62701,(217) 555-0160,"two\nlines"',
      'Quotewell,Lars,03/03/1983,M,12 Example St,Springfield,IL,627,(217) 555-0161,',
    ].join('\n')
    const r = await p.ok('patients.import', { csv })
    expect(r.problems).toEqual([
      { row: 3, field: 'Zip', message: expect.stringContaining('"627"') },
    ])
  })

  it('lets the person’s own column choices override what the headers suggest', async () => {
    const csv = csvFile('custom-mapping.csv')
    const guessed = await p.ok('patients.import', { csv })
    expect(guessed.mapping).toMatchObject({ phoneHome: 'Phone', primaryMemberId: 'Subscriber ID' })
    expect(guessed.problems[0]).toMatchObject({ row: 1, field: 'lastName' })

    const mapping = {
      lastName: 'Patient Last',
      firstName: 'Patient First',
      phoneMobile: 'Phone',
      primaryPayer: 'Carrier',
      primaryMemberId: 'Policy #',
    }
    const r = await p.ok('patients.import', { csv, mapping, commit: true })
    expect(r.mapping).toMatchObject(mapping)
    expect(r.mapping.phoneHome).toBeUndefined()
    expect(r).toMatchObject({ problems: [], saved: 2 })
    const [mia] = await p.ok('patients.search', { text: 'mapperton, mia' })
    const detail = await p.ok('patients.get', { patientId: mia!.patientId })
    expect(detail.patient.phones).toEqual({ mobile: '2175550170' })
    expect(detail.coverages[0]!.coverage.memberId).toBe('FKP700001')
  })

  it('needs the subscriber’s columns for a child on a parent’s plan, naming the missing one', async () => {
    const header =
      'Last Name,First Name,DOB,Gender,Address,City,State,Zip,Home Phone,Insurance,Member ID,Relationship,Effective Date'
    const child =
      'Testpatient,Cody,09/01/2015,M,12 Example St,Springfield,IL,62701,(217) 555-0144,FAKE004,FKM100299,Child,01/01/2024'
    const missing = await p.ok('patients.import', { csv: `${header}\n${child}\n` })
    expect(missing.problems[0]).toMatchObject({ row: 2, field: 'primarySubscriberLastName' })

    const withParent = `${header},Subscriber Last Name,Subscriber First Name,Subscriber DOB,Subscriber Sex\n${child},Testpatient,Bernard,07/04/1980,M\n`
    const r = await p.ok('patients.import', {
      csv: withParent,
      mapping: {
        primarySubscriberLastName: 'Subscriber Last Name',
        primarySubscriberFirstName: 'Subscriber First Name',
        primarySubscriberDob: 'Subscriber DOB',
        primarySubscriberSex: 'Subscriber Sex',
      },
      commit: true,
    })
    expect(r).toMatchObject({ problems: [], saved: 1 })
    const [cody] = await p.ok('patients.search', { text: 'testpatient, cody' })
    const detail = await p.ok('patients.get', { patientId: cody!.patientId })
    expect(detail.coverages[0]!.coverage).toMatchObject({
      relationship: 'child',
      subscriber: {
        firstName: 'Bernard',
        dob: '1980-07-04',
        address: { street1: '12 Example St' },
      },
    })
  })

  it('says so when a chosen column is not in the file', async () => {
    const r = await p.ok('patients.import', {
      csv: csvFile('clean.csv'),
      mapping: { primaryGroupNumber: 'Group No' },
    })
    expect(r.problems).toEqual([
      { row: 1, field: 'Group No', message: expect.stringContaining('"Group No"') },
    ])
  })

  it('refuses two rows for the same person within one file', async () => {
    const lines = csvFile('clean.csv').trimEnd().split('\r\n')
    const r = await p.ok('patients.import', { csv: [...lines, lines[1]].join('\n'), commit: true })
    expect(r.problems).toEqual([
      { row: 12, field: null, message: expect.stringContaining('row 2') },
    ])
    expect(await everyone()).toBe(0)
  })

  it('is only for people allowed to import: the front desk registers one patient at a time', async () => {
    const desk = await p.staff('front_desk', 'fred')
    const r = await p.call('patients.import', { csv: csvFile('clean.csv') }, desk)
    expect(r.ok === false && r.error.code).toBe('forbidden')
  })
})
