import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('patient.name', () => {
  it("asks for the patient's first name when it is blank", () => {
    expect(findings('patient.name')).toEqual([])
    expect(findings('patient.name', { data: (d) => (d.patient.record.firstName = '') })).toEqual([
      { field: 'patient.firstName', message: expect.stringMatching(/first name/) },
    ])
  })
})

describe('patient.address', () => {
  it('names every missing part of the address and jumps to the first', () => {
    expect(findings('patient.address')).toEqual([])
    const hits = findings('patient.address', {
      data: (d) => {
        d.patient.record.address.city = ''
        d.patient.record.address.zip = ''
      },
    })
    expect(hits).toEqual([
      { field: 'patient.address.city', message: expect.stringMatching(/missing its city, ZIP/) },
    ])
  })
})
