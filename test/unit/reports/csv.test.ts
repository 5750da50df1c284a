import { describe, expect, it } from 'vitest'
import { csvCell, dollars, toCsv } from '../../../src/main/reports/csv'

describe('report CSV', () => {
  it('prefixes a cell that a spreadsheet would run as a formula with a single quote', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+1+2')).toBe("'+1+2")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
  })

  it('keeps plain numbers, negative ones included, as numbers', () => {
    expect(csvCell('-12.50')).toBe('-12.50')
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell('Testpatient, Alice')).toBe('"Testpatient, Alice"')
    expect(csvCell(null)).toBe('')
  })

  it('writes cents as dollars without floating-point drift', () => {
    expect([dollars(0), dollars(5), dollars(-1250), dollars(123456789)]).toEqual([
      '0.00',
      '0.05',
      '-12.50',
      '1234567.89',
    ])
    expect(
      toCsv([
        ['a', 1],
        ['=b', 2],
      ]),
    ).toBe("a,1\r\n'=b,2\r\n")
  })
})
