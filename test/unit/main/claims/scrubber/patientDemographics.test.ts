import { describe, expect, it } from 'vitest'
import type { Patient } from '../../../../../src/shared/schemas/patient'
import { findings } from './fixture'

describe('patient.dob', () => {
  it('passes a date of birth before the date of service', () => {
    expect(findings('patient.dob')).toEqual([])
  })
  it('asks for a missing date of birth', () => {
    expect(findings('patient.dob', { data: (d) => (d.patient.record.dob = '') })[0]!.field).toBe(
      'patient.dob',
    )
  })
  it('refuses a birth after the date of service', () => {
    expect(
      findings('patient.dob', { data: (d) => (d.patient.record.dob = '2026-02-21') })[0]!.message,
    ).toMatch(/after the date of service 2026-02-20/)
  })
})

describe('patient.sex', () => {
  it('accepts F, M and U and asks for a missing one', () => {
    expect(findings('patient.sex')).toEqual([])
    expect(findings('patient.sex', { data: (d) => (d.patient.record.sex = 'U') })).toEqual([])
    expect(
      findings('patient.sex', { data: (d) => (d.patient.record.sex = '' as Patient['sex']) }),
    ).toEqual([{ field: 'patient.sex', message: expect.stringMatching(/pick F, M or U/) }])
  })
})
