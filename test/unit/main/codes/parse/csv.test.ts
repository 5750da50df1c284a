import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../../../src/main/codes/parse/csv'

function rows(text: string): string[][] {
  const result = parseCsv(text)
  if ('error' in result) throw new Error(result.error.message)
  return result.rows
}

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields on commas and records on CRLF or LF', () => {
    expect(rows('code,description\r\nA1,One\nA2,Two\n')).toEqual([
      ['code', 'description'],
      ['A1', 'One'],
      ['A2', 'Two'],
    ])
  })

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'GJ,"""opt out"" physician, emergency",x\r\nM5,"first line\r\nsecond line",y\r\n'
    expect(rows(text)).toEqual([
      ['GJ', '"opt out" physician, emergency', 'x'],
      ['M5', 'first line\r\nsecond line', 'y'],
    ])
  })

  it('numbers each record by the line it starts on, past multi-line fields and blank lines', () => {
    const result = parseCsv('a,b\n"x\ny\nz",1\n\n\nc,2\n')
    expect(result).toEqual({
      rows: [
        ['a', 'b'],
        ['x\ny\nz', '1'],
        ['c', '2'],
      ],
      lines: [1, 2, 7],
    })
  })

  it('reads empty fields, including a trailing one and an empty quoted one', () => {
    expect(rows('a,,c,\n"",b\n')).toEqual([
      ['a', '', 'c', ''],
      ['', 'b'],
    ])
  })

  it('ignores a byte-order mark and a missing final line break', () => {
    expect(rows('\uFEFFcode,name\r\n01,Pharmacy')).toEqual([
      ['code', 'name'],
      ['01', 'Pharmacy'],
    ])
  })

  it('accepts old Mac line ends (CR only)', () => {
    expect(rows('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('takes a quote inside an unquoted field literally (12" ruler)', () => {
    expect(rows('A1,12" ruler\n')).toEqual([['A1', '12" ruler']])
  })

  it('refuses a quoted field that never closes, naming the line it opened on', () => {
    expect(parseCsv('a,b\nc,"never closed\nmore\n')).toEqual({
      error: { line: 2, message: expect.stringContaining('closing quote (") is missing') },
    })
  })

  it('refuses text after a closing quote, since the inner quote was not doubled', () => {
    const result = parseCsv('a,b\n1,"say "hi" now"\n')
    expect(result).toEqual({ error: { line: 2, message: expect.stringContaining('doubled') } })
  })

  it('returns no records for an empty text', () => {
    expect(rows('')).toEqual([])
    expect(rows('\r\n\r\n')).toEqual([])
  })
})
