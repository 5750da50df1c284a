import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('record.missing', () => {
  it('says which record the claim was made from has been removed', () => {
    expect(findings('record.missing')).toEqual([])
    expect(findings('record.missing', { data: (d) => (d.missing = ['coverage']) })).toEqual([
      {
        field: 'coverage',
        message: expect.stringMatching(
          /^The coverage this claim was made from has been removed — void the claim/,
        ),
      },
    ])
  })
})
