import { describe, expect, it } from 'vitest'
import { findings, line } from './fixture'

describe('pointer.valid', () => {
  it('passes pointers to diagnoses on the claim', () => {
    expect(findings('pointer.valid')).toEqual([])
  })
  it('asks for a pointer on a line without one, naming the code', () => {
    expect(findings('pointer.valid', { lines: [line({ pointers: [] })] })).toEqual([
      {
        field: 'lines.0.pointers',
        message:
          'Line 1: CPT 99213 needs a diagnosis pointer — point it at the diagnosis (A–L) it treats',
      },
    ])
  })
  it('refuses a pointer past the last diagnosis, a repeated pointer, and more than four', () => {
    expect(findings('pointer.valid', { lines: [line({ pointers: [3] })] })[0]!.message).toMatch(
      /points at diagnosis C, which is not on the claim — point it at one of A–B/,
    )
    expect(findings('pointer.valid', { lines: [line({ pointers: [1, 1] })] })[0]!.field).toBe(
      'lines.0.pointers.1',
    )
    const many = findings('pointer.valid', {
      data: (d) => (d.visit.diagnoses = ['E119', 'I10', 'J069', 'Z0000', 'E119']),
      lines: [line({ pointers: [1, 2, 3, 4, 5] })],
    })
    expect(many.map((h) => h.field)).toContain('lines.0.pointers.4')
  })
})

describe('pointer.header', () => {
  it('refuses a line pointing at a category header code', () => {
    const hits = findings('pointer.header', {
      data: (d) => (d.visit.diagnoses = ['I10', 'E11']),
      lines: [line({ pointers: [2] })],
    })
    expect(hits).toEqual([
      {
        field: 'lines.0.pointers.0',
        message: expect.stringMatching(/points at diagnosis B \(E11\), a category header/),
      },
    ])
  })
  it('passes pointers to billable codes', () => {
    expect(findings('pointer.header')).toEqual([])
  })
})
