import { describe, expect, it } from 'vitest'
import { lineCount, readFileText, splitLines } from '../../../../../src/main/codes/parse/fileText'

const EXPECTED = 'test code file'

describe('readFileText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(readFileText(Buffer.from('\uFEFFcode,desc\n', 'utf8'), EXPECTED)).toEqual({
      ok: true,
      text: 'code,desc\n',
    })
    expect(readFileText('\uFEFFcode', EXPECTED)).toEqual({ ok: true, text: 'code' })
  })

  it('reads Windows-1252 bytes that are not UTF-8 (curly quotes in older CMS files)', () => {
    const bytes = Buffer.from([0x41, 0x31, 0x20, 0x93, 0x78, 0x94])
    expect(readFileText(bytes, EXPECTED)).toEqual({ ok: true, text: 'A1 \u201Cx\u201D' })
  })

  it('reads UTF-16 text as Excel saves "Unicode text"', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('code\tdesc', 'utf16le')])
    expect(readFileText(bytes, EXPECTED)).toEqual({ ok: true, text: 'code\tdesc' })
  })

  it('refuses a ZIP archive on line 1 and says to unzip it', () => {
    const zip = Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0])
    expect(readFileText(zip, EXPECTED)).toEqual({
      ok: false,
      error: { line: 1, message: expect.stringMatching(/^this is not a test code file: .*unzip/) },
    })
  })

  it('refuses binary data and empty files, naming the kind expected', () => {
    const binary = Buffer.from([1, 2, 3, 0, 255, 254, 7, 8])
    const refused = readFileText(binary, EXPECTED)
    expect(refused).toEqual({
      ok: false,
      error: { line: 1, message: 'this is not a test code file: it is binary data, not text' },
    })
    expect(readFileText(Buffer.from(' \r\n\r\n'), EXPECTED)).toEqual({
      ok: false,
      error: { line: 1, message: 'this is not a test code file: the file is empty' },
    })
  })
})

describe('splitLines and lineCount', () => {
  it('handles CRLF, LF and CR, and drops trailing blank lines only', () => {
    expect(splitLines('a\r\nb\n\nc\rd\r\n\r\n  \n')).toEqual(['a', 'b', '', 'c', 'd'])
    expect(lineCount('a\r\nb\n\nc\rd\r\n\r\n  \n')).toBe(5)
    expect(lineCount('')).toBe(0)
  })
})
