import { describe, expect, it } from 'vitest'
import { codeBook, findings } from './fixture'

describe('pos.valid', () => {
  it('passes a place of service in the CMS list', () => {
    expect(findings('pos.valid')).toEqual([])
  })
  it('refuses a code missing from the loaded list', () => {
    expect(findings('pos.valid', { data: (d) => (d.visit.placeOfService = '98') })).toEqual([
      {
        field: 'visit.placeOfService',
        message: expect.stringMatching(
          /^Place of service 98 is not in the CMS place-of-service list for 2026-02-20/,
        ),
      },
    ])
  })
  it('checks only the form when no POS list is loaded', () => {
    expect(
      findings('pos.valid', {
        codes: codeBook({ posLoaded: false }),
        data: (d) => (d.visit.placeOfService = '98'),
      }),
    ).toEqual([])
    expect(
      findings('pos.valid', { data: (d) => (d.visit.placeOfService = '00') })[0]!.message,
    ).toMatch(/is not a CMS code/)
  })
})
