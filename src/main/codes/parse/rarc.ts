import { oneLine } from './csvTable'
import { parseCsvCodeList } from './csvCodeList'
import { CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

/*
 * Remittance advice remark codes (X12 external code source 411, maintained by CMS), as they
 * arrive in 835 LQ and MOA segments: M, MA or N followed by digits (M1, MA01, N573).
 */
const RARC_CODE = /^(M|MA|N)\d{1,4}$/

const COLUMNS = {
  code: { names: ['code', 'rarc', 'remark code'], required: true },
  description: { names: ['description', 'long description'], required: true },
}

export function parseRarcCsv(input: CodeFileInput): ParseResult {
  return parseCsvCodeList(input, COLUMNS, CODE_FILE_LABELS['rarc-csv'], rarcRow)
}

function rarcRow(values: Record<keyof typeof COLUMNS, string>): CodeRow | string {
  const code = values.code.toUpperCase()
  if (!RARC_CODE.test(code)) {
    return `remark code '${code}' must be M, MA or N followed by digits (like M15, MA130 or N381)`
  }
  const longDescription = oneLine(values.description)
  if (longDescription === '') return `remark code ${code} has no description`
  return { set: 'rarc', code, billable: true, shortDescription: null, longDescription }
}
