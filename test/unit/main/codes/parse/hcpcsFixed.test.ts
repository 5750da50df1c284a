import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseHcpcsFixed, readHcpcsRecord } from '../../../../../src/main/codes/parse/hcpcsFixed'

const fixture = (name: string): Buffer =>
  readFileSync(resolve(import.meta.dirname, '../../../../fixtures/codes', name))

describe('HCPCS Level II alpha-numeric file (ANWEB, 320-character records)', () => {
  const result = parseHcpcsFixed(fixture('hcpcs-anweb-valid.txt'))
  const rows = result.ok ? result.rows : []
  const row = (code: string) => rows.find((r) => r.code === code)

  it('reads one row per code or modifier, joining continuation records', () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.stats).toEqual({ lines: 8, rows: 5, billable: 5, headers: 0, duplicates: 0 })
    expect(rows.map((r) => `${r.set}:${r.code}`)).toEqual([
      'modifier:A1',
      'modifier:BP',
      'hcpcs:A0021',
      'hcpcs:A4206',
      'hcpcs:G0001',
    ])
  })

  it('reads modifiers from columns 4–5 as HCPCS modifiers', () => {
    expect(row('A1')).toEqual({
      set: 'modifier',
      modifierSet: 'hcpcs',
      code: 'A1',
      billable: true,
      shortDescription: 'Fixture dressing one wound',
      longDescription: 'Fixture modifier: dressing for one wound',
      effective: '2003-01-01',
      end: null,
    })
  })

  it('joins a description CMS cut mid-word at column 91 without adding a space', () => {
    expect(row('BP')?.longDescription).toBe(
      'Fixture modifier: the beneficiary was told of the purchase and rental options and has elected to purchase the item',
    )
  })

  it('joins a description wrapped at word boundaries with single spaces', () => {
    expect(row('A4206')?.longDescription).toBe(
      'Fixture syringe with needle, sterile, 1 cc or less, each; this long description is wrapped at a word boundary, the way some files do it, so its second record begins with a new word',
    )
    expect(row('A4206')?.shortDescription).toBe('Fixture syringe needle 1cc')
  })

  it('takes the added date as effective, and the termination date as end', () => {
    expect(row('A0021')).toMatchObject({ effective: '1990-01-01', end: null })
    expect(row('G0001')).toMatchObject({ effective: '1988-01-01', end: '2012-12-31' })
  })

  it('refuses the whole file when any record is malformed, naming each line', () => {
    expect(parseHcpcsFixed(fixture('hcpcs-anweb-malformed.txt'))).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message:
            "the record type in column 11 is '5'; it must be 3 or 4 (procedure) or 7 or 8 (modifier)",
        },
        {
          line: 3,
          message:
            'A9999: continuation record (type 4) does not follow a first record (type 3) for the same code',
        },
        {
          line: 4,
          message:
            "E0100: the termination date in columns 285–292 is '20251340'; it must be a YYYYMMDD date or blank",
        },
        {
          line: 5,
          message:
            "a procedure record (type 3) needs an HCPCS code like A0021 in columns 1–5; found '99213'",
        },
        {
          line: 6,
          message:
            'is 5 characters long; an HCPCS record has its record type in column 11 (records are 320 characters)',
        },
      ],
    })
  })

  it('refuses a file of another kind on line 1, saying which file was expected', () => {
    const result = parseHcpcsFixed('Code,Description\n   A1,Dressing for one wound\n')
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          message: expect.stringMatching(/^this is not an HCPCS Level II alpha-numeric file/),
        },
      ],
    })
  })

  it('reads a record with its trailing blanks trimmed, as editors sometimes save it', () => {
    const line = 'A0021001003Fixture ambulance service'
    expect(readHcpcsRecord(line)).toEqual({
      record: expect.objectContaining({ code: 'A0021', first: true, end: null }),
    })
  })
})
