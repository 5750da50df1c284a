import { describe, expect, it } from 'vitest'
import { parseCptModifierCsv } from '../../../../../src/main/codes/parse/cptModifierCsv'

describe('CPT modifier list', () => {
  it('reads 2-character modifiers as CPT modifiers', () => {
    expect(
      parseCptModifierCsv('Code,Description\n25,Fixture separate E/M\np1,Fixture status\n'),
    ).toEqual({
      ok: true,
      rows: [
        {
          set: 'modifier',
          modifierSet: 'cpt',
          code: '25',
          billable: true,
          shortDescription: null,
          longDescription: 'Fixture separate E/M',
        },
        {
          set: 'modifier',
          modifierSet: 'cpt',
          code: 'P1',
          billable: true,
          shortDescription: null,
          longDescription: 'Fixture status',
        },
      ],
      stats: { lines: 3, rows: 2, billable: 2, headers: 0, duplicates: 0 },
    })
  })

  it('names a modifier that is not 2 characters', () => {
    expect(parseCptModifierCsv('code,description\n259,Fixture\n')).toEqual({
      ok: false,
      errors: [{ line: 2, message: "modifier '259' must be exactly 2 letters or digits" }],
    })
  })
})
