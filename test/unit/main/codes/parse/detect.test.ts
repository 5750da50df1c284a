import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectCodeFile } from '../../../../../src/main/codes/parse/detect'
import { parseCodeFile } from '../../../../../src/main/codes/parse/index'
import { parsePosCsv } from '../../../../../src/main/codes/parse/pos'
import { hasSharedData, sharedDataPath } from '../../../../support/shared-data'

const fixture = (name: string): Buffer =>
  readFileSync(resolve(import.meta.dirname, '../../../../fixtures/codes', name))

describe('detectCodeFile', () => {
  it('recognises the CMS fixed-width layouts by their columns', () => {
    expect(detectCodeFile(fixture('icd10cm-order-valid.txt'))).toBe('icd10cm-order')
    expect(detectCodeFile(fixture('hcpcs-anweb-valid.txt'))).toBe('hcpcs-fixed')
    expect(detectCodeFile(fixture('icd10cm-codes-valid.txt'))).toBe('icd10cm-codes')
    expect(
      detectCodeFile('code\tcode_dotted\tfirst_fy_seen\tlong_description\nA000\tA00.0\t2021\tx\n'),
    ).toBe('icd10cm-tsv')
  })

  it('recognises CSVs by header names', () => {
    expect(
      detectCodeFile('\uFEFFplace_of_service_code,place_of_service_description\n01,Pharmacy\n'),
    ).toBe('pos-csv')
    expect(detectCodeFile('source_order,code,description\n1,1,Deductible Amount\n')).toBe(
      'carc-csv',
    )
    expect(detectCodeFile('HCPC,Long Description\nA0021,Fixture\n')).toBe('hcpcs-csv')
    expect(detectCodeFile('CPT Code,Description\n99213,Fixture\n')).toBe('cpt-csv')
    expect(detectCodeFile('Modifier,Description\n25,Fixture\n')).toBe('modifier-csv')
  })

  it('tells plain code,description lists apart by the shape of their codes', () => {
    const list = (...codes: string[]): string =>
      'code,description\n' + codes.map((code) => `${code},Fixture`).join('\n') + '\n'
    expect(detectCodeFile(list('   A1', '   A2', 'A0021'))).toBe('hcpcs-csv')
    expect(detectCodeFile(list('99213', '3074F', '0042T'))).toBe('cpt-csv')
    expect(detectCodeFile(list('M1', 'M2', 'MA01', 'N381'))).toBe('rarc-csv')
    expect(detectCodeFile(list('01', '02', '11'))).toBe('pos-csv')
    expect(detectCodeFile(list('1', '2', '45', '253', 'B7'))).toBe('carc-csv')
    expect(detectCodeFile(list('25', '59', 'GT'))).toBe('modifier-csv')
    expect(detectCodeFile(list('hello world', '25'))).toBeNull()
  })

  it('returns null for binary, empty and unknown files', () => {
    expect(detectCodeFile(Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0]))).toBeNull()
    expect(detectCodeFile(Buffer.from([1, 2, 3, 0, 0, 9]))).toBeNull()
    expect(detectCodeFile('')).toBeNull()
    expect(detectCodeFile('Dear billing office,\nplease find attached\n')).toBeNull()
  })
})

describe('parseCodeFile', () => {
  it('hands the file to the parser for its kind', () => {
    const text = 'code,description\n11,Office\n'
    expect(parseCodeFile('pos-csv', text)).toEqual(parsePosCsv(text))
  })

  it('refuses a file handed over as the wrong kind on line 1', () => {
    const result = parseCodeFile('icd10cm-order', fixture('hcpcs-anweb-valid.txt'))
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringMatching(/^this is not an ICD-10-CM order file/) }],
    })
  })
})

const REAL: Array<[string, string | null]> = [
  ['icd10cm-order-Jan-2021.txt', 'icd10cm-order'],
  ['icd10cm_billable_FY2026_from_phecoder.tsv', 'icd10cm-tsv'],
  ['hcpc_short.csv', 'hcpcs-csv'],
  ['terminology__place_of_service.csv', 'pos-csv'],
  ['carc_from_librehealth_adjustment_reason_codes_2016.csv', 'carc-csv'],
  ['rarc_from_librehealth_ibr_code_arrays_2013.csv', 'rarc-csv'],
  ['codes.xml', null],
  ['icd_info.parquet', null],
]

describe.skipIf(!hasSharedData(...REAL.map(([name]) => name)))(
  'detecting the shared code sets',
  () => {
    it.each(REAL)('%s is %s', (name, kind) => {
      expect(detectCodeFile(readFileSync(sharedDataPath(name)))).toBe(kind)
    })
  },
)
