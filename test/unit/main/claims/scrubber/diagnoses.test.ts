import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('diagnosis.billable', () => {
  it('passes billable codes valid on the date of service', () => {
    expect(findings('diagnosis.billable')).toEqual([])
  })
  it('says which diagnosis is a category header, by its letter and with its dot', () => {
    const hits = findings('diagnosis.billable', {
      data: (d) => (d.visit.diagnoses = ['I10', 'E116']),
    })
    expect(hits).toEqual([
      {
        field: 'visit.diagnoses.1',
        message: 'Diagnosis B (E11.6): E116 is a category, not a billable code.',
      },
    ])
  })
  it('flags a code the list does not know', () => {
    expect(
      findings('diagnosis.billable', { data: (d) => (d.visit.diagnoses = ['Q999']) })[0]!.field,
    ).toBe('visit.diagnoses.0')
  })
})

describe('diagnosis.count', () => {
  it('needs at least one diagnosis and at most 12', () => {
    expect(findings('diagnosis.count')).toEqual([])
    expect(findings('diagnosis.count', { data: (d) => (d.visit.diagnoses = []) })[0]!.field).toBe(
      'visit.diagnoses',
    )
    const thirteen = Array.from({ length: 13 }, () => 'I10')
    expect(
      findings('diagnosis.count', { data: (d) => (d.visit.diagnoses = thirteen) })[0]!.message,
    ).toMatch(/13 diagnoses; a claim carries at most 12/)
  })
})
