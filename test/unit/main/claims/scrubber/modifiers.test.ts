import { describe, expect, it } from 'vitest'
import { findings, line } from './fixture'

describe('modifier.valid', () => {
  it('accepts CPT modifiers and HCPCS modifiers from the list', () => {
    expect(findings('modifier.valid', { lines: [line({ modifiers: ['25', 'RT'] })] })).toEqual([])
  })
  it('flags an unknown modifier at its position on the line', () => {
    const hits = findings('modifier.valid', { lines: [line({ modifiers: ['25', 'Q9'] })] })
    expect(hits).toEqual([
      {
        field: 'lines.0.modifiers.1',
        message: expect.stringMatching(
          /^Line 1: modifier Q9 is not a valid modifier on 2026-02-20/,
        ),
      },
    ])
  })
  it('flags a repeated modifier and more than four', () => {
    expect(
      findings('modifier.valid', { lines: [line({ modifiers: ['RT', 'RT'] })] })[0]!.message,
    ).toMatch(/listed twice/)
    expect(
      findings('modifier.valid', {
        lines: [line({ modifiers: ['25', '59', 'RT', 'LT', 'XU'] })],
      })[0]!.field,
    ).toBe('lines.0.modifiers.4')
  })
})
