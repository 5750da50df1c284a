import { describe, expect, it } from 'vitest'
import { codeBook, findings, line } from './fixture'

describe('procedure.valid', () => {
  it('accepts a CPT code on the fee schedule when no CPT list is loaded', () => {
    expect(findings('procedure.valid')).toEqual([])
  })
  it('refuses a CPT code neither on the fee schedule nor checkable', () => {
    const hits = findings('procedure.valid', { lines: [line({ code: '99999' })] })
    expect(hits).toEqual([
      {
        field: 'lines.0.code',
        message: expect.stringMatching(
          /^Line 1: CPT 99999 is not on the fee schedule and no CPT list is imported/,
        ),
      },
    ])
  })
  it('checks CPT against the CPT list once one is loaded', () => {
    const codes = codeBook({ cptLoaded: true, fees: [] })
    expect(findings('procedure.valid', { codes })).toEqual([])
    expect(findings('procedure.valid', { codes, lines: [line({ code: '99215' })] })[0]!.field).toBe(
      'lines.0.code',
    )
  })
  it('checks HCPCS codes against the HCPCS list', () => {
    expect(findings('procedure.valid', { lines: [line({ code: 'J1030' })] })).toEqual([])
    expect(
      findings('procedure.valid', { lines: [line(), line({ code: 'J9999', lineNo: 2 })] }),
    ).toEqual([
      { field: 'lines.1.code', message: 'Line 2: J9999 is not in the list loaded in ClaimDesk.' },
    ])
  })
})
