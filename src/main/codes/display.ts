import type { CodeSetName } from '../../shared/ops/codes'

/** ICD-10-CM codes are read with a dot after the category (E11.621); claims carry them without. */
export function displayCode(set: CodeSetName, code: string): string {
  return set === 'icd10cm' && code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code
}

/**
 * A code as people type it ("e11.621", "E11 621") as it is stored: upper case, no dot or spaces.
 * Null when the text cannot be a code of any set (too long, or other characters).
 */
export function codeFromInput(text: string): string | null {
  const code = text.toUpperCase().replace(/[.\s]/g, '')
  return /^[A-Z0-9]{1,7}$/.test(code) ? code : null
}
