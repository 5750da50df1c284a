import { describe, expect, it } from 'vitest'
import { Patient, type PatientInput } from '../../../../src/shared/schemas/patient'
import { issuesOf, messageAt } from './issues'

const address = { street1: '12 Birch Ln', street2: '', city: 'Dunmore', state: 'PA', zip: '18512' }

const patient: PatientInput = {
  lastName: 'Kowalski',
  firstName: 'Maria',
  middleName: 'T',
  suffix: '',
  dob: '1961-09-02',
  sex: 'F',
  address,
  phones: { home: '', mobile: '570.555.0199', work: '' },
  email: '',
  guarantor: { kind: 'self' },
}

describe('patient registration', () => {
  it('accepts a patient and fills in statement and notes defaults', () => {
    const parsed = Patient.parse(patient)
    expect(parsed.phones).toEqual({ home: undefined, mobile: '5705550199', work: undefined })
    expect(parsed.email).toBeUndefined()
    expect(parsed.statementPreference).toBe('mail')
    expect(parsed.notes).toBe('')
    expect(parsed.guarantor).toEqual({ kind: 'self' })
  })

  it('needs at least one phone number, reported on phones.home', () => {
    const input = { ...patient, phones: { home: '', mobile: ' ', work: '' } }
    expect(issuesOf(Patient, input)).toEqual([
      { path: 'phones.home', message: 'Enter at least one phone number — home, mobile or work' },
    ])
  })

  it('checks each phone that is typed, on its own field', () => {
    const input = { ...patient, phones: { home: '', mobile: '570.555.0199', work: '055-234-5678' } }
    expect(messageAt(Patient, input, 'phones.work')).toBe(
      "Area code 055 can't start with 0 — check the phone number",
    )
  })

  it('refuses a date of birth in the future, on dob', () => {
    expect(messageAt(Patient, { ...patient, dob: '2999-01-01' }, 'dob')).toBe(
      'Date of birth 2999-01-01 is in the future — check the year',
    )
  })

  it('refuses a bad ZIP on address.zip and a bad email on email', () => {
    const input = { ...patient, address: { ...address, zip: '185' }, email: 'maria@' }
    expect(issuesOf(Patient, input).map((i) => i.path)).toEqual(['address.zip', 'email'])
  })

  it('refuses an unknown sex', () => {
    expect(messageAt(Patient, { ...patient, sex: 'X' as 'F' }, 'sex')).toMatch(/not F, M or U/)
  })

  it('takes another person as guarantor with their name, relationship, address and phone', () => {
    const guarantor = {
      kind: 'other' as const,
      lastName: 'Kowalski',
      firstName: 'Jan',
      relationship: 'spouse' as const,
      address,
      phone: '570-555-0123',
    }
    const parsed = Patient.parse({ ...patient, guarantor })
    expect(parsed.guarantor).toMatchObject({ kind: 'other', firstName: 'Jan', phone: '5705550123' })
  })

  it("puts a missing guarantor detail on the guarantor's field", () => {
    const guarantor = {
      kind: 'other' as const,
      lastName: 'Kowalski',
      firstName: '',
      relationship: 'parent' as const,
      address,
      phone: '570-555-0123',
    }
    expect(issuesOf(Patient, { ...patient, guarantor })).toEqual([
      { path: 'guarantor.firstName', message: "Enter the guarantor's first name" },
    ])
  })

  it('asks who the guarantor is when the kind is unknown', () => {
    expect(messageAt(Patient, { ...patient, guarantor: { kind: 'x' } }, 'guarantor.kind')).toBe(
      'Say who the guarantor is: the patient, or another person',
    )
  })

  it('keeps notes to 2000 characters', () => {
    expect(Patient.parse({ ...patient, notes: 'n'.repeat(2000) }).notes).toHaveLength(2000)
    expect(messageAt(Patient, { ...patient, notes: 'n'.repeat(2001) }, 'notes')).toBe(
      'Notes are 2001 characters; keep them to 2000',
    )
  })

  it('holds statements when asked, and refuses other preferences', () => {
    expect(Patient.parse({ ...patient, statementPreference: 'hold' }).statementPreference).toBe(
      'hold',
    )
    expect(
      messageAt(
        Patient,
        { ...patient, statementPreference: 'email' as 'mail' },
        'statementPreference',
      ),
    ).toBe('Pick whether to mail statements or hold them')
  })
})
