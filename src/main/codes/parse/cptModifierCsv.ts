import { oneLine } from './csvTable'
import { parseCsvCodeList } from './csvCodeList'
import { CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

/* CPT modifiers (25, 59, …) come with the practice's CPT licence, as a code,description CSV. */
const COLUMNS = {
  code: { names: ['code', 'modifier'], required: true },
  description: { names: ['description', 'long description'], required: true },
}

export function parseCptModifierCsv(input: CodeFileInput): ParseResult {
  return parseCsvCodeList(input, COLUMNS, CODE_FILE_LABELS['modifier-csv'], modifierRow)
}

function modifierRow(values: Record<keyof typeof COLUMNS, string>): CodeRow | string {
  const code = values.code.toUpperCase()
  if (!/^[A-Z0-9]{2}$/.test(code)) {
    return `modifier '${code}' must be exactly 2 letters or digits`
  }
  const longDescription = oneLine(values.description)
  if (longDescription === '') return `modifier ${code} has no description`
  return {
    set: 'modifier',
    modifierSet: 'cpt',
    code,
    billable: true,
    shortDescription: null,
    longDescription,
  }
}
