import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('taxonomy.format', () => {
  it('passes NUCC codes', () => {
    expect(findings('taxonomy.format')).toEqual([])
  })
  it('flags a billing or rendering taxonomy that is not 10 characters ending in X', () => {
    const hits = findings('taxonomy.format', {
      data: (d) => {
        d.practice!.taxonomyCode = '207Q0000'
        d.provider.record.taxonomyCode = '207Q00000Y'
      },
    })
    expect(hits.map((h) => h.field)).toEqual(['practice.taxonomyCode', 'provider.taxonomyCode'])
    expect(hits[0]!.message).toMatch(/^Billing provider: "207Q0000" is not a taxonomy code/)
  })
})
