import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseHcpcsCsv } from '../../../../../src/main/codes/parse/hcpcsCsv'
import { hasSharedData, sharedDataPath } from '../../../../support/shared-data'

describe('HCPCS Level II CSV', () => {
  it('reads right-justified 2-character codes as HCPCS modifiers and the rest as codes', () => {
    const text =
      'Code,Description,last_updated\r\n' +
      '   GJ,"""opt out"" physician or practitioner emergency or urgent service",09-06-2025\r\n' +
      'a0021,"Ambulance service, outside state per mile",09-06-2025\r\n'
    expect(parseHcpcsCsv(text)).toEqual({
      ok: true,
      rows: [
        {
          set: 'modifier',
          modifierSet: 'hcpcs',
          code: 'GJ',
          billable: true,
          shortDescription: null,
          longDescription: '"opt out" physician or practitioner emergency or urgent service',
        },
        {
          set: 'hcpcs',
          code: 'A0021',
          billable: true,
          shortDescription: null,
          longDescription: 'Ambulance service, outside state per mile',
        },
      ],
      stats: { lines: 3, rows: 2, billable: 2, headers: 0, duplicates: 0 },
    })
  })

  it('names CPT-shaped codes, missing descriptions and unquoted commas by line', () => {
    const text =
      'Code,Description\n99213,Office visit\nA0021,\nA0080,Non-emergency transport, per mile\n'
    expect(parseHcpcsCsv(text)).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message:
            "code '99213' is not an HCPCS Level II code (a letter and 4 digits, like A0021) or a 2-character modifier; CPT codes belong in the CPT list",
        },
        { line: 3, message: 'code A0021 has no description' },
        {
          line: 4,
          message:
            'has 3 fields but the header has 2; a description containing a comma must be in double quotes',
        },
      ],
    })
  })

  it('refuses a CSV without a code column on line 1, saying what it found', () => {
    const result = parseHcpcsCsv('A0021,Ambulance\n')
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          message:
            "the first line should name the columns, with a 'code' column, but it has 'A0021', 'Ambulance'; expected an HCPCS Level II CSV (header Code,Description)",
        },
      ],
    })
  })
})

describe.skipIf(!hasSharedData('hcpc_short.csv'))('the CMS October 2025 HCPCS list as CSV', () => {
  it('reads 8,463 codes and 383 modifiers', () => {
    const result = parseHcpcsCsv(readFileSync(sharedDataPath('hcpc_short.csv')))
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.stats).toEqual({
      lines: 8_847,
      rows: 8_846,
      billable: 8_846,
      headers: 0,
      duplicates: 0,
    })
    expect(result.rows.filter((row) => row.set === 'hcpcs')).toHaveLength(8_463)
    expect(result.rows.filter((row) => row.modifierSet === 'hcpcs')).toHaveLength(383)
    expect(result.rows.find((row) => row.code === 'A4719')?.longDescription).toBe(
      '"y set" tubing for peritoneal dialysis',
    )
  })
})
