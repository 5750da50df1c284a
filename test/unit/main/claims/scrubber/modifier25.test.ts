import { describe, expect, it } from 'vitest'
import { isProcedure } from '../../../../../src/main/claims/scrubber/modifier25'
import { findings, line } from './fixture'

describe('em.modifier25', () => {
  it('warns about an office visit billed with a joint injection and no modifier 25', () => {
    const hits = findings('em.modifier25', {
      lines: [line(), line({ lineNo: 2, code: '20610', pointers: [1] })],
    })
    expect(hits).toEqual([
      {
        field: 'lines.0.modifiers',
        message: expect.stringMatching(
          /^Line 1: 99213 is billed with 20610 the same day without modifier 25/,
        ),
      },
    ])
  })
  it('passes with modifier 25, and with only labs beside the visit', () => {
    expect(
      findings('em.modifier25', {
        lines: [line({ modifiers: ['25'] }), line({ lineNo: 2, code: '20610' })],
      }),
    ).toEqual([])
    expect(
      findings('em.modifier25', {
        lines: [line(), line({ lineNo: 2, code: '36415' }), line({ lineNo: 3, code: '82947' })],
      }),
    ).toEqual([])
  })
  it('counts surgery, injections and manipulation as procedures, not labs, tests, venipuncture or vaccines', () => {
    expect(['20610', '96372', '90471', '98940'].map(isProcedure)).toEqual([true, true, true, true])
    expect(['36415', '82947', '93000', '90686', '99213', 'J1030'].map(isProcedure)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
