import { refused, RowCollector } from './collector'
import { readFileText, splitLines } from './fileText'
import { icd10cmCodeProblem } from './icd10cmCode'
import { aOrAn, CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

const EXPECTED = CODE_FILE_LABELS['icd10cm-order']

/*
 * CMS/NCHS "ICD-10-CM order file" layout (icd10cm_order_YYYY.txt, described in the release's
 * icd10cm-order-file-layout note), 1-based columns:
 *   1–5 order number (zero-padded) | 6 blank | 7–13 code, no dot, left-justified |
 *   14 blank | 15 valid for HIPAA-covered transactions: 1 = billable code, 0 = header |
 *   16 blank | 17–76 short description | 77 blank | 78– long description (to end of line)
 */
const SHAPE = /^\d{5} /
const CODE_FIELD = /^[0-9A-Z.]+ *$/

export type OrderLine = { row: CodeRow } | { problem: string }

/** One line of the order file; stateless, so lines can be fed in as they are read. */
export function readIcd10cmOrderLine(line: string): OrderLine {
  if (!/^\d{5}$/.test(line.slice(0, 5)) || line[5] !== ' ') {
    return { problem: 'should start with a 5-digit order number and a space (columns 1–6)' }
  }
  const codeField = line.slice(6, 13)
  if (!CODE_FIELD.test(codeField) || line[13] !== ' ') {
    return {
      problem: `columns 7–13 should hold the code, left-justified, then a blank; found '${line.slice(6, 14)}'`,
    }
  }
  const code = codeField.trimEnd()
  const codeProblem = icd10cmCodeProblem(code)
  if (codeProblem) return { problem: codeProblem }
  const flag = line[14]
  if ((flag !== '0' && flag !== '1') || line[15] !== ' ') {
    return {
      problem: `the valid-for-HIPAA flag in column 15 is '${flag ?? ''}'; it must be 1 (billable code) or 0 (header)`,
    }
  }
  if (line.length < 78 || line[76] !== ' ') {
    return {
      problem: `is ${line.length} characters long; the long description should start at column 78 after a blank in column 77`,
    }
  }
  const shortDescription = line.slice(16, 76).trim()
  const longDescription = line.slice(77).trim()
  if (shortDescription === '' || longDescription === '') {
    return {
      problem: `code ${code} has no ${shortDescription === '' ? 'short (columns 17–76)' : 'long (column 78 on)'} description`,
    }
  }
  return {
    row: { set: 'icd10cm', code, billable: flag === '1', shortDescription, longDescription },
  }
}

export function parseIcd10cmOrder(input: CodeFileInput): ParseResult {
  const file = readFileText(input, EXPECTED)
  if (!file.ok) return refused(file.error)
  const lines = splitLines(file.text)
  const firstLine = lines.findIndex((line) => line.trim() !== '')
  if (!SHAPE.test(lines[firstLine] ?? '')) {
    const message = `this is not ${aOrAn(EXPECTED)}: its lines should start with a 5-digit order number, a blank, then the code (like '00001 A00     0 Cholera')`
    return refused({ line: firstLine + 1, message })
  }
  const collector = new RowCollector()
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const read = readIcd10cmOrderLine(line)
    if ('row' in read) collector.add(read.row)
    else collector.fail(index + 1, read.problem)
  })
  return collector.finish(lines.length)
}
