import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCarcCsv } from '../../../../../src/main/codes/parse/carc'
import { hasSharedData, sharedDataPath } from '../../../../support/shared-data'

const CARC = 'carc_from_librehealth_adjustment_reason_codes_2016.csv'

describe('claim adjustment reason codes', () => {
  it('keeps the later of two listings of a code and counts the duplicate', () => {
    const text =
      'code,description\n1,Deductible Amount\n2,Fixture first text\n2,Coinsurance Amount\n'
    const result = parseCarcCsv(text)
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          set: 'carc',
          code: '1',
          billable: true,
          shortDescription: null,
          longDescription: 'Deductible Amount',
        },
        {
          set: 'carc',
          code: '2',
          billable: true,
          shortDescription: null,
          longDescription: 'Coinsurance Amount',
        },
      ],
      stats: { lines: 4, rows: 2, billable: 2, headers: 0, duplicates: 1 },
    })
  })

  it('marks codes the list calls invalid (outdated) as deactivated, with no end date', () => {
    const text =
      'code,description\nW1,"Notes: This is an invalid (outdated) code.  Please contact the payor."\n'
    const result = parseCarcCsv(text)
    expect(result.ok && result.rows[0]).toMatchObject({ code: 'W1', deactivated: true, end: null })
  })

  it('names codes that are not reason codes', () => {
    expect(parseCarcCsv('code,description\n1234,Fixture\nCO-45,Fixture\n')).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message:
            "adjustment reason code '1234' must be 1–3 digits or a letter and digits (like 45 or B7)",
        },
        {
          line: 3,
          message:
            "adjustment reason code 'CO-45' must be 1–3 digits or a letter and digits (like 45 or B7)",
        },
      ],
    })
  })
})

describe.skipIf(!hasSharedData(CARC))('the LibreHealth 2016 CARC list', () => {
  it('reads 287 listings as 285 codes, keeping the later listing of 38 and 201', () => {
    const result = parseCarcCsv(readFileSync(sharedDataPath(CARC)))
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.stats).toEqual({
      lines: 288,
      rows: 285,
      billable: 285,
      headers: 0,
      duplicates: 2,
    })
    expect(result.rows.filter((row) => row.deactivated)).toHaveLength(24)
    expect(result.rows.find((row) => row.code === '45')?.deactivated).toBeUndefined()
    expect(result.rows.find((row) => row.code === '201')?.deactivated).toBe(true)
  })
})
