import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePosCsv } from '../../../../../src/main/codes/parse/pos'
import { hasSharedData, sharedDataPath } from '../../../../support/shared-data'

const POS = 'terminology__place_of_service.csv'

describe('place-of-service list', () => {
  it('pads 1-digit codes that a spreadsheet stripped to 2 digits', () => {
    const result = parsePosCsv('code,description\n1,Pharmacy\n11,Office\n')
    expect(result.ok && result.rows.map((row) => row.code)).toEqual(['01', '11'])
  })

  it('names codes that are not 01–99', () => {
    expect(parsePosCsv('code,description\n0,Nowhere\n100,Too long\nO1,Letter O\n')).toEqual({
      ok: false,
      errors: [
        { line: 2, message: "place-of-service code '0' must be 1 or 2 digits, 01 to 99" },
        { line: 3, message: "place-of-service code '100' must be 1 or 2 digits, 01 to 99" },
        { line: 4, message: "place-of-service code 'O1' must be 1 or 2 digits, 01 to 99" },
      ],
    })
  })
})

describe.skipIf(!hasSharedData(POS))('the CMS place-of-service list (2023)', () => {
  it('reads 50 codes past the byte-order mark', () => {
    const result = parsePosCsv(readFileSync(sharedDataPath(POS)))
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.stats).toEqual({ lines: 51, rows: 50, billable: 50, headers: 0, duplicates: 0 })
    expect(result.rows[0]).toEqual({
      set: 'pos',
      code: '01',
      billable: true,
      shortDescription: null,
      longDescription: 'Pharmacy',
    })
    expect(result.rows.find((row) => row.code === '11')?.longDescription).toBe('Office')
  })
})
