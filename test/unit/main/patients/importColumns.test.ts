import { describe, expect, it } from 'vitest'
import { mapColumns } from '../../../../src/main/patients/importColumns'

describe('matching another system’s CSV headers to patient fields', () => {
  it('recognises common header names whatever their case and punctuation', () => {
    expect(
      mapColumns([
        'PATIENT_LAST_NAME',
        'Patient First Name',
        'Date of Birth',
        'Cell Phone',
        'Policy Number',
      ]),
    ).toEqual({
      lastName: 'PATIENT_LAST_NAME',
      firstName: 'Patient First Name',
      dob: 'Date of Birth',
      phoneMobile: 'Cell Phone',
      primaryMemberId: 'Policy Number',
    })
  })

  it('maps a file exported from ClaimDesk by its own field names', () => {
    expect(mapColumns(['lastName', 'firstName', 'dob', 'secondaryMemberId'])).toEqual({
      lastName: 'lastName',
      firstName: 'firstName',
      dob: 'dob',
      secondaryMemberId: 'secondaryMemberId',
    })
  })

  it('gives a column to one field only, however many names it answers to', () => {
    const mapping = mapColumns(['Phone', 'Mobile'], { phoneWork: 'Mobile' })
    expect(mapping).toEqual({ phoneHome: 'Phone', phoneWork: 'Mobile' })
  })

  it('lets the person’s choice win, and keeps a chosen column from being guessed for another field', () => {
    const mapping = mapColumns(['Last', 'First', 'DOB', 'Phone'], { phoneMobile: 'Phone' })
    expect(mapping.phoneMobile).toBe('Phone')
    expect(mapping.phoneHome).toBeUndefined()
  })

  it('leaves a field out when the person unmaps it with an empty choice', () => {
    expect(mapColumns(['Last', 'First', 'DOB', 'Notes'], { notes: '' }).notes).toBeUndefined()
  })
})
