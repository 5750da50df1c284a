import { oneLine } from './csvTable'
import { parseCsvCodeList } from './csvCodeList'
import { CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

/*
 * CMS place-of-service code set as CSV. Codes are two digits on the claim (837P CLM05-1, CMS-1500
 * box 24B), but spreadsheets drop the leading zero ("1" for Pharmacy), so 1-digit codes are padded.
 */
const COLUMNS = {
  code: { names: ['place of service code', 'pos code', 'pos', 'code'], required: true },
  description: {
    names: ['place of service description', 'place of service name', 'description', 'name'],
    required: true,
  },
}

export function parsePosCsv(input: CodeFileInput): ParseResult {
  return parseCsvCodeList(input, COLUMNS, CODE_FILE_LABELS['pos-csv'], posRow)
}

function posRow(values: Record<keyof typeof COLUMNS, string>): CodeRow | string {
  if (!/^\d{1,2}$/.test(values.code) || Number(values.code) === 0) {
    return `place-of-service code '${values.code}' must be 1 or 2 digits, 01 to 99`
  }
  const code = values.code.padStart(2, '0')
  const longDescription = oneLine(values.description)
  if (longDescription === '') return `place of service ${code} has no description`
  return { set: 'pos', code, billable: true, shortDescription: null, longDescription }
}
