import { aOrAn } from './kinds'
import type { CodeFileInput, LineError } from './types'

export type FileText = { ok: true; text: string } | { ok: false; error: LineError }

/** Enough of the file to tell text from binary without scanning 15 MB. */
const SNIFF_CHARS = 64 * 1024

/**
 * Decodes a downloaded file. CMS text files are ASCII; some older HCPCS files are Windows-1252
 * (curly quotes), so bytes that are not valid UTF-8 are read as Windows-1252 rather than refused.
 * Binary files (ZIP, PDF, Excel) are refused on line 1 with what we expected instead.
 */
export function readFileText(input: CodeFileInput, expected: string): FileText {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input)
  if (typeof text !== 'string') return notThisFile(`it is ${text.found}`, expected)
  if (text.trim() === '') return notThisFile('the file is empty', expected)
  const found = binaryContent(text)
  if (found) return notThisFile(`it is ${found}`, expected)
  return { ok: true, text }
}

/** The file as lines, with CRLF, LF or CR endings, dropping trailing blank lines. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/)
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop()
  return lines
}

/** Number of lines before any trailing blank lines, as a text editor would number them. */
export function lineCount(text: string): number {
  const body = text.trimEnd()
  if (body === '') return 0
  let count = 1
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i)
    if (c === 10) count++
    else if (c === 13 && body.charCodeAt(i + 1) !== 10) count++
  }
  return count
}

function notThisFile(why: string, expected: string): { ok: false; error: LineError } {
  return { ok: false, error: { line: 1, message: `this is not ${aOrAn(expected)}: ${why}` } }
}

function decodeBytes(bytes: Uint8Array): string | { found: string } {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 3 &&
    bytes[3] === 4
  ) {
    return {
      found: 'a ZIP archive (or an Excel .xlsx file); unzip it and choose the .txt or .csv inside',
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

function binaryContent(text: string): string | null {
  const head = text.slice(0, SNIFF_CHARS)
  if (head.startsWith('%PDF')) return 'a PDF document'
  if (head.startsWith('\xD0\xCF\x11\xE0'))
    return 'an old Excel (.xls) workbook; save it as CSV first'
  let controls = 0
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i)
    if (c === 0) return 'binary data, not text'
    // Tab, LF, FF, CR are ordinary in text exports; other control characters mean bytes, not text.
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) controls++
  }
  return controls > head.length / 100 ? 'binary data, not text' : null
}
