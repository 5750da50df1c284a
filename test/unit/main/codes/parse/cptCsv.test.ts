import { describe, expect, it } from 'vitest'
import { parseCptCsv } from '../../../../../src/main/codes/parse/cptCsv'

/* Codes only in shape: descriptions here are ours, not AMA text. */
describe("the practice's CPT list", () => {
  it('reads Category I, II and III codes with case-blind headers, dates normalized to ISO', () => {
    const text =
      'CODE,Description,Effective,End\n' +
      '99213,Fixture office visit,2024-01-01,\n' +
      '3074f,Fixture blood pressure result,01/01/2023,12/31/2025\n' +
      '0042T,Fixture emerging technology,,\n'
    const result = parseCptCsv(text)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.rows).toEqual([
      {
        set: 'cpt',
        code: '99213',
        billable: true,
        shortDescription: null,
        longDescription: 'Fixture office visit',
        effective: '2024-01-01',
        end: null,
      },
      {
        set: 'cpt',
        code: '3074F',
        billable: true,
        shortDescription: null,
        longDescription: 'Fixture blood pressure result',
        effective: '2023-01-01',
        end: '2025-12-31',
      },
      {
        set: 'cpt',
        code: '0042T',
        billable: true,
        shortDescription: null,
        longDescription: 'Fixture emerging technology',
        effective: null,
        end: null,
      },
    ])
  })

  it('accepts the minimum code,description and a short description column', () => {
    const result = parseCptCsv('code,short description,description\n99214,Fix OV,Fixture visit\n')
    expect(result.ok && result.rows[0]).toMatchObject({
      code: '99214',
      shortDescription: 'Fix OV',
      longDescription: 'Fixture visit',
      effective: null,
    })
  })

  it('names bad codes, bad dates and an end before the effective date', () => {
    const text =
      'code,description,effective,end\n' +
      '9921,Fixture short code,,\n' +
      '99213,Fixture visit,2024-13-01,\n' +
      '99214,Fixture visit,2025-01-01,2024-12-31\n'
    expect(parseCptCsv(text)).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message: "code '9921' is not a CPT code (5 digits, or 4 digits then F, T or U)",
        },
        {
          line: 3,
          message:
            "CPT 99213: effective date '2024-13-01' is not a date (use YYYY-MM-DD or MM/DD/YYYY)",
        },
        {
          line: 4,
          message: 'CPT 99214: end date 2024-12-31 is before its effective date 2025-01-01',
        },
      ],
    })
  })

  it('refuses a list without a description column', () => {
    const result = parseCptCsv('code,price\n99213,100\n')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0]?.message).toContain("with a 'description' column")
  })
})
