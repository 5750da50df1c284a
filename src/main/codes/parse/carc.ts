import { oneLine } from './csvTable'
import { parseCsvCodeList } from './csvCodeList'
import { CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

/*
 * Claim adjustment reason codes (X12 external code source 139), as they arrive in 835 CAS
 * segments: 1–3 digits, or a letter and digits (A1, B7, P12, W1, Y3). Old lists keep retired
 * codes with the note "This is an invalid (outdated) code." and no stop date; those are kept,
 * because old remits still carry them, and marked deactivated.
 */
const CARC_CODE = /^(\d{1,3}|[A-Z]\d{1,3})$/
const OUTDATED = /this is an invalid \(outdated\) code/i

const COLUMNS = {
  code: { names: ['code', 'carc', 'reason code', 'adjustment reason code'], required: true },
  description: { names: ['description', 'long description'], required: true },
}

export function parseCarcCsv(input: CodeFileInput): ParseResult {
  return parseCsvCodeList(input, COLUMNS, CODE_FILE_LABELS['carc-csv'], carcRow)
}

function carcRow(values: Record<keyof typeof COLUMNS, string>): CodeRow | string {
  const code = values.code.toUpperCase()
  if (!CARC_CODE.test(code)) {
    return `adjustment reason code '${code}' must be 1–3 digits or a letter and digits (like 45 or B7)`
  }
  const longDescription = oneLine(values.description)
  if (longDescription === '') return `adjustment reason code ${code} has no description`
  const row: CodeRow = {
    set: 'carc',
    code,
    billable: true,
    shortDescription: null,
    longDescription,
  }
  if (OUTDATED.test(longDescription)) {
    row.end = null
    row.deactivated = true
  }
  return row
}
