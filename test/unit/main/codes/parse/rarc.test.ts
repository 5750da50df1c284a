import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseRarcCsv } from '../../../../../src/main/codes/parse/rarc'
import { hasSharedData, sharedDataPath } from '../../../../support/shared-data'

const RARC = 'rarc_from_librehealth_ibr_code_arrays_2013.csv'

describe('remittance advice remark codes', () => {
  it('reads M, MA and N codes, joining a description quoted across lines', () => {
    const text = 'code,description\nMA01,"Fixture first line\r\nsecond line"\nn381,Fixture\n'
    const result = parseRarcCsv(text)
    expect(result.ok && result.rows).toEqual([
      {
        set: 'rarc',
        code: 'MA01',
        billable: true,
        shortDescription: null,
        longDescription: 'Fixture first line second line',
      },
      {
        set: 'rarc',
        code: 'N381',
        billable: true,
        shortDescription: null,
        longDescription: 'Fixture',
      },
    ])
  })

  it('names a reason code given where a remark code was expected', () => {
    expect(parseRarcCsv('code,description\n45,Fixture\n')).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message:
            "remark code '45' must be M, MA or N followed by digits (like M15, MA130 or N381)",
        },
      ],
    })
  })
})

describe.skipIf(!hasSharedData(RARC))('the LibreHealth 2013 RARC list', () => {
  it('reads 777 codes', () => {
    const result = parseRarcCsv(readFileSync(sharedDataPath(RARC)))
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.stats).toEqual({
      lines: 778,
      rows: 777,
      billable: 777,
      headers: 0,
      duplicates: 0,
    })
    expect(result.rows.find((row) => row.code === 'M52')?.longDescription).toBe(
      'Missing/incomplete/invalid \u201Cfrom\u201D date(s) of service.',
    )
  })
})
