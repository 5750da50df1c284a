import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  parseIcd10cmCodes,
  parseIcd10cmTsv,
} from '../../../../../src/main/codes/parse/icd10cmCodes'
import { hasSharedData, sharedDataPath } from '../../../../support/shared-data'

const fixture = (name: string): Buffer =>
  readFileSync(resolve(import.meta.dirname, '../../../../fixtures/codes', name))

describe('ICD-10-CM codes file (code, spaces, description)', () => {
  it('reads every line as a billable code with no short description', () => {
    const result = parseIcd10cmCodes(fixture('icd10cm-codes-valid.txt'))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.stats).toEqual({ lines: 4, rows: 4, billable: 4, headers: 0, duplicates: 0 })
    expect(result.rows[2]).toEqual({
      set: 'icd10cm',
      code: 'QA00101',
      billable: true,
      shortDescription: null,
      longDescription: 'Fixture QA code, seven characters, letter in position 2',
    })
  })

  it('names the line of a dotted code or a code with no description', () => {
    const text = 'A000    Cholera\nE11.9   Type 2 diabetes\nE119\n'
    expect(parseIcd10cmCodes(text)).toEqual({
      ok: false,
      errors: [
        { line: 2, message: expect.stringContaining("code 'E11.9' is not a valid ICD-10-CM code") },
        { line: 3, message: 'should be a code, spaces, then its description' },
      ],
    })
  })

  it('refuses a CSV on line 1, saying the codes file was expected', () => {
    expect(parseIcd10cmCodes('Code,Description\nA0021,x\n')).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringMatching(/^this is not an ICD-10-CM codes file/) }],
    })
  })
})

describe('ICD-10-CM tab-separated list', () => {
  const header = 'code\tcode_dotted\tfirst_fy_seen\tlong_description\n'

  it('reads the TSV, whether handed to the codes parser or the TSV parser', () => {
    const text = header + 'A000\tA00.0\t2021\tCholera due to Vibrio cholerae 01, biovar cholerae\n'
    for (const result of [parseIcd10cmTsv(text), parseIcd10cmCodes(text)]) {
      expect(result).toEqual({
        ok: true,
        rows: [
          {
            set: 'icd10cm',
            code: 'A000',
            billable: true,
            shortDescription: null,
            longDescription: 'Cholera due to Vibrio cholerae 01, biovar cholerae',
          },
        ],
        stats: { lines: 2, rows: 1, billable: 1, headers: 0, duplicates: 0 },
      })
    }
  })

  it('names lines with a missing field or a code that disagrees with its dotted form', () => {
    const text = header + 'A000\tA00.0\t2021\n' + 'A001\tA00.9\t2021\tCholera, eltor\n'
    expect(parseIcd10cmTsv(text)).toEqual({
      ok: false,
      errors: [
        { line: 2, message: 'has 3 tab-separated fields but the header has 4' },
        { line: 3, message: "code 'A001' and code_dotted 'A00.9' disagree" },
      ],
    })
  })
})

const FY2026 = 'icd10cm_billable_FY2026_from_phecoder.tsv'

describe.skipIf(!hasSharedData(FY2026))('the FY2026 billable list', () => {
  it('reads 74,719 billable codes, including the 13 QA0 codes', () => {
    const result = parseIcd10cmTsv(readFileSync(sharedDataPath(FY2026)))
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.stats).toEqual({
      lines: 74_720,
      rows: 74_719,
      billable: 74_719,
      headers: 0,
      duplicates: 0,
    })
    const qa = result.rows.filter((row) => row.code.startsWith('QA0'))
    expect(qa).toHaveLength(13)
    expect(qa[0]).toEqual({
      set: 'icd10cm',
      code: 'QA00101',
      billable: true,
      shortDescription: null,
      longDescription: 'SCN2A-related neurodevelopmental disorder',
    })
  })
})
