import type { LineError } from './types'

/** Records of the file, and the 1-based line each record starts on (quoted fields may span lines). */
export type CsvRows = { rows: string[][]; lines: number[] }
export type CsvResult = CsvRows | { error: LineError }

const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13

/**
 * RFC 4180 CSV: comma-separated fields, CRLF or LF records, fields in double quotes may hold
 * commas, line breaks and doubled quotes (""). Leniencies, because Excel and hand-made lists do
 * these: LF or lone-CR line ends, a leading byte-order mark, blank lines skipped, and a quote
 * inside an unquoted field (12" ruler) taken literally. Text after a closing quote is refused:
 * it means a quote inside a quoted field was not doubled, and guessing would corrupt the field.
 */
export function parseCsv(text: string): CsvResult {
  const rows: string[][] = []
  const lines: number[] = []
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  const end = text.length
  while (i < end) {
    const first = text.charCodeAt(i)
    if (first === LF || first === CR) {
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
      line++
      continue
    }
    const startLine = line
    const fields: string[] = []
    for (;;) {
      let value: string
      if (text.charCodeAt(i) === QUOTE) {
        const quoted = readQuoted(text, i, line)
        if ('error' in quoted) return quoted
        value = quoted.value
        line = quoted.line
        i = quoted.next
        const after = i < end ? text.charCodeAt(i) : -1
        if (after !== COMMA && after !== LF && after !== CR && after !== -1) {
          const message =
            'text follows a closing quote; a quote inside a quoted field must be doubled ("")'
          return { error: { line, message } }
        }
      } else {
        let j = i
        while (j < end) {
          const c = text.charCodeAt(j)
          if (c === COMMA || c === LF || c === CR) break
          j++
        }
        value = text.slice(i, j)
        i = j
      }
      fields.push(value)
      if (i < end && text.charCodeAt(i) === COMMA) {
        i++
        continue
      }
      break
    }
    rows.push(fields)
    lines.push(startLine)
    if (i < end) {
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
      line++
    }
  }
  return { rows, lines }
}

type Quoted = { value: string; next: number; line: number } | { error: LineError }

function readQuoted(text: string, open: number, startLine: number): Quoted {
  let value = ''
  let line = startLine
  let from = open + 1
  for (;;) {
    const close = text.indexOf('"', from)
    if (close === -1) {
      const message = 'a quoted field starts here but its closing quote (") is missing'
      return { error: { line: startLine, message } }
    }
    const chunk = text.slice(from, close)
    line += countLineBreaks(chunk)
    if (text.charCodeAt(close + 1) === QUOTE) {
      value += chunk + '"'
      from = close + 2
      continue
    }
    return { value: value + chunk, next: close + 1, line }
  }
}

function countLineBreaks(chunk: string): number {
  let count = 0
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k)
    if (c === LF) count++
    else if (c === CR && chunk.charCodeAt(k + 1) !== LF) count++
  }
  return count
}
