import { refused, RowCollector } from './collector'
import { normalizeHeader } from './csvTable'
import { readFileText, splitLines } from './fileText'
import { icd10cmCodeProblem } from './icd10cmCode'
import { aOrAn, CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

/*
 * CMS "ICD-10-CM codes" file (icd10cm_codes_YYYY.txt): billable codes only, one a line, the code
 * without a dot padded with spaces to column 9, then the long description. No header codes and
 * no short descriptions, so every row is billable and shortDescription is null.
 */
const CODES_LINE = /^(\S+) +(\S.*)$/

/** A TSV's first line names the columns: code, long_description, optionally code_dotted. */
export function isIcd10cmTsvHeader(line: string): boolean {
  const names = line.split('\t').map(normalizeHeader)
  return names.includes('code') && names.includes('long description')
}

export function parseIcd10cmCodes(input: CodeFileInput): ParseResult {
  const expected = CODE_FILE_LABELS['icd10cm-codes']
  const file = readFileText(input, expected)
  if (!file.ok) return refused(file.error)
  const lines = splitLines(file.text)
  if (isIcd10cmTsvHeader(lines[0] ?? '')) return parseIcd10cmTsv(file.text)
  if (!CODES_LINE.test(lines[0] ?? '') || (lines[0] ?? '').includes('\t')) {
    const message = `this is not ${aOrAn(expected)}: each line should be a code, spaces, then its description (like 'A000    Cholera due to Vibrio cholerae 01, biovar cholerae')`
    return refused({ line: 1, message })
  }
  const collector = new RowCollector()
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const match = CODES_LINE.exec(line.trimEnd())
    if (!match) {
      collector.fail(index + 1, 'should be a code, spaces, then its description')
      return
    }
    const row = billableRow(match[1] ?? '', match[2] ?? '')
    if (typeof row === 'string') collector.fail(index + 1, row)
    else collector.add(row)
  })
  return collector.finish(lines.length)
}

/**
 * Tab-separated list with a header, e.g. the FY2026 list derived for tests
 * (code, code_dotted, first_fy_seen, long_description). Every row is a billable code.
 */
export function parseIcd10cmTsv(input: CodeFileInput): ParseResult {
  const expected = CODE_FILE_LABELS['icd10cm-tsv']
  const file = readFileText(input, expected)
  if (!file.ok) return refused(file.error)
  const lines = splitLines(file.text)
  const header = (lines[0] ?? '').split('\t').map(normalizeHeader)
  if (!isIcd10cmTsvHeader(lines[0] ?? '')) {
    const message = `this is not ${aOrAn(expected)}: the first line should name tab-separated columns including 'code' and 'long_description'`
    return refused({ line: 1, message })
  }
  const codeAt = header.indexOf('code')
  const dottedAt = header.indexOf('code dotted')
  const descriptionAt = header.indexOf('long description')
  const collector = new RowCollector()
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.trim() === '') continue
    const fields = line.split('\t')
    if (fields.length !== header.length) {
      const message = `has ${fields.length} tab-separated fields but the header has ${header.length}`
      collector.fail(index + 1, message)
      continue
    }
    const code = (fields[codeAt] ?? '').trim()
    const dotted = dottedAt === -1 ? null : (fields[dottedAt] ?? '').trim()
    if (dotted !== null && dotted.replace('.', '') !== code) {
      collector.fail(index + 1, `code '${code}' and code_dotted '${dotted}' disagree`)
      continue
    }
    const row = billableRow(code, fields[descriptionAt] ?? '')
    if (typeof row === 'string') collector.fail(index + 1, row)
    else collector.add(row)
  }
  return collector.finish(lines.length)
}

function billableRow(code: string, description: string): CodeRow | string {
  const problem = icd10cmCodeProblem(code)
  if (problem) return problem
  const longDescription = description.trim()
  if (longDescription === '') return `code ${code} has no description`
  return { set: 'icd10cm', code, billable: true, shortDescription: null, longDescription }
}
