import { oneLine } from './csvTable'
import { parseCsvCodeList } from './csvCodeList'
import { readDate } from './dates'
import { CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

/*
 * The practice's licensed CPT list (AMA content, so never shipped with the app): CSV with a
 * header, at least code and description; effective and end dates optional. Category I codes are
 * 5 digits; Category II end in F, Category III in T, proprietary lab analyses (PLA) in U.
 */
const CPT_CODE = /^(\d{5}|\d{4}[FTU])$/

const COLUMNS = {
  code: { names: ['code', 'cpt', 'cpt code'], required: true },
  description: { names: ['description', 'long description'], required: true },
  short: { names: ['short description'], required: false },
  effective: { names: ['effective', 'effective date', 'start', 'start date'], required: false },
  end: { names: ['end', 'end date', 'termination date'], required: false },
}

export function parseCptCsv(input: CodeFileInput): ParseResult {
  return parseCsvCodeList(input, COLUMNS, CODE_FILE_LABELS['cpt-csv'], cptRow)
}

function cptRow(values: Record<keyof typeof COLUMNS, string>): CodeRow | string {
  const code = values.code.toUpperCase()
  if (!CPT_CODE.test(code)) {
    return `code '${code}' is not a CPT code (5 digits, or 4 digits then F, T or U)`
  }
  const longDescription = oneLine(values.description)
  if (longDescription === '') return `CPT ${code} has no description`
  const effective = readDate(values.effective, `CPT ${code}: effective date`)
  if (!effective.ok) return effective.message
  const end = readDate(values.end, `CPT ${code}: end date`)
  if (!end.ok) return end.message
  if (effective.iso && end.iso && end.iso < effective.iso) {
    return `CPT ${code}: end date ${end.iso} is before its effective date ${effective.iso}`
  }
  const shortDescription = values.short === '' ? null : oneLine(values.short)
  return {
    set: 'cpt',
    code,
    billable: true,
    shortDescription,
    longDescription,
    effective: effective.iso,
    end: end.iso,
  }
}
