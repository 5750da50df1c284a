import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('provider.active', () => {
  it('warns about an inactive rendering provider', () => {
    expect(findings('provider.active')).toEqual([])
    expect(
      findings('provider.active', { data: (d) => (d.provider.active = false) })[0]!.message,
    ).toMatch(/Alice Testdoctor is marked inactive/)
  })
})

describe('payer.active', () => {
  it('warns about an inactive payer', () => {
    expect(findings('payer.active')).toEqual([])
    expect(findings('payer.active', { data: (d) => (d.payer.active = false) })[0]!.field).toBe(
      'payer.active',
    )
  })
})
