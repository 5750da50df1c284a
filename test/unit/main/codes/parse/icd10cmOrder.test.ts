import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  parseIcd10cmOrder,
  readIcd10cmOrderLine,
} from '../../../../../src/main/codes/parse/icd10cmOrder'
import { hasSharedData, sharedDataPath } from '../../../../support/shared-data'

const fixture = (name: string): Buffer =>
  readFileSync(resolve(import.meta.dirname, '../../../../fixtures/codes', name))

describe('ICD-10-CM order file', () => {
  it('reads codes and category headers, billable only where column 15 is 1', () => {
    const result = parseIcd10cmOrder(fixture('icd10cm-order-valid.txt'))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.stats).toEqual({ lines: 8, rows: 8, billable: 4, headers: 4, duplicates: 0 })
    expect(result.rows[0]).toEqual({
      set: 'icd10cm',
      code: 'A00',
      billable: false,
      shortDescription: 'Cholera',
      longDescription: 'Cholera',
    })
    expect(result.rows.find((row) => row.code === 'S52521A')).toEqual({
      set: 'icd10cm',
      code: 'S52521A',
      billable: true,
      shortDescription: 'Torus fx lower end of right radius, init for clos fx',
      longDescription:
        'Torus fracture of lower end of right radius, initial encounter for closed fracture',
    })
  })

  it('reads the same file with LF endings and a byte-order mark', () => {
    const crlf = fixture('icd10cm-order-valid.txt').toString('utf8')
    const result = parseIcd10cmOrder('\uFEFF' + crlf.replaceAll('\r\n', '\n'))
    expect(result.ok && result.stats.rows).toBe(8)
  })

  it('accepts a letter in position 2 (QA00101)', () => {
    const result = parseIcd10cmOrder(fixture('icd10cm-order-valid.txt'))
    expect(result.ok && result.rows.find((row) => row.code === 'QA00101')?.billable).toBe(true)
  })

  it('refuses the whole file when any line is malformed, naming each line and the problem', () => {
    expect(parseIcd10cmOrder(fixture('icd10cm-order-malformed.txt'))).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message:
            "the valid-for-HIPAA flag in column 15 is '2'; it must be 1 (billable code) or 0 (header)",
        },
        {
          line: 3,
          message:
            "code 'E11.9' is not a valid ICD-10-CM code (a letter then letters/digits, 3–7 characters, without the dot)",
        },
        {
          line: 4,
          message:
            'is 38 characters long; the long description should start at column 78 after a blank in column 77',
        },
        {
          line: 6,
          message:
            "code '9E11' is not a valid ICD-10-CM code (a letter then letters/digits, 3–7 characters)",
        },
      ],
    })
  })

  it('refuses a file of another kind on line 1, saying which file was expected', () => {
    const result = parseIcd10cmOrder('code,description\n99213,Office visit\n')
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringMatching(/^this is not an ICD-10-CM order file/) }],
    })
  })

  it('stops listing after 50 problems and says how many more there are', () => {
    const bad = '00001 A00     7 Cholera'.padEnd(77) + 'Cholera'
    const result = parseIcd10cmOrder(Array.from({ length: 60 }, () => bad).join('\n'))
    if (result.ok) throw new Error('expected failure')
    expect(result.errors).toHaveLength(51)
    expect(result.errors[50]).toEqual({
      line: 51,
      message: '…and 10 more problems (the next is on line 51)',
    })
  })

  it('reads one line at a time for callers that stream', () => {
    const line =
      '00002 A000    1 ' + 'Cholera due to V. cholerae'.padEnd(60) + ' Cholera due to ...'
    expect(readIcd10cmOrderLine(line)).toEqual({
      row: expect.objectContaining({ code: 'A000', billable: true }),
    })
  })
})

describe.skipIf(!hasSharedData('icd10cm-order-Jan-2021.txt'))(
  'the CMS January 2021 order file',
  () => {
    it('reads all 95,358 lines: 72,621 billable codes and 22,737 headers', () => {
      const result = parseIcd10cmOrder(readFileSync(sharedDataPath('icd10cm-order-Jan-2021.txt')))
      if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
      expect(result.stats).toEqual({
        lines: 95_358,
        rows: 95_358,
        billable: 72_621,
        headers: 22_737,
        duplicates: 0,
      })
      expect(result.rows.at(-1)).toEqual({
        set: 'icd10cm',
        code: 'U071',
        billable: true,
        shortDescription: 'COVID-19',
        longDescription: 'COVID-19',
      })
      expect(result.rows.filter((row) => row.code.startsWith('QA'))).toEqual([])
    })
  },
)
