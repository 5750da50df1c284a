import { oneLine } from './csvTable'
import { parseCsvCodeList } from './csvCodeList'
import { CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

/*
 * HCPCS Level II as CSV: "Code,Description[,…]", e.g. a save-as-CSV of CMS's ANWEB workbook.
 * CMS writes modifiers in the code column right-justified ("   A1", columns 4–5 of the record);
 * after trimming, a 2-character code is a modifier and a letter + 4 digits is a procedure.
 */
const COLUMNS = {
  code: { names: ['code', 'hcpc', 'hcpcs', 'hcpcs code'], required: true },
  description: { names: ['description', 'long description'], required: true },
  short: { names: ['short description'], required: false },
}

export function parseHcpcsCsv(input: CodeFileInput): ParseResult {
  return parseCsvCodeList(input, COLUMNS, CODE_FILE_LABELS['hcpcs-csv'], hcpcsCsvRow)
}

function hcpcsCsvRow(values: Record<keyof typeof COLUMNS, string>): CodeRow | string {
  const code = values.code.toUpperCase()
  const longDescription = oneLine(values.description)
  if (longDescription === '') return `code ${code} has no description`
  const shortDescription = values.short === '' ? null : oneLine(values.short)
  if (/^[A-Z0-9]{2}$/.test(code)) {
    return {
      set: 'modifier',
      modifierSet: 'hcpcs',
      code,
      billable: true,
      shortDescription,
      longDescription,
    }
  }
  if (/^[A-Z]\d{4}$/.test(code)) {
    return { set: 'hcpcs', code, billable: true, shortDescription, longDescription }
  }
  const cpt = /^\d{4}[0-9FTU]$/.test(code) ? '; CPT codes belong in the CPT list' : ''
  return `code '${code}' is not an HCPCS Level II code (a letter and 4 digits, like A0021) or a 2-character modifier${cpt}`
}
