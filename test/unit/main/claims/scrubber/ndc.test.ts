import { describe, expect, it } from 'vitest'
import { findings, line } from './fixture'

describe('ndc.jcode', () => {
  it('warns about a J-code without its NDC', () => {
    expect(findings('ndc.jcode', { lines: [line(), line({ lineNo: 2, code: 'J1030' })] })).toEqual([
      { field: 'lines.1.ndc', message: expect.stringMatching(/^Line 2: drug J1030 has no NDC/) },
    ])
  })
  it('passes a J-code with its NDC, and other codes without one', () => {
    const ndc = { code: '00409488802', quantity: 1, unit: 'ML' as const }
    expect(findings('ndc.jcode', { lines: [line({ code: 'J1030', ndc })] })).toEqual([])
    expect(findings('ndc.jcode')).toEqual([])
  })
})
