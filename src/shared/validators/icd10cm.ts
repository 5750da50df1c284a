import { requiredField } from './field'

/**
 * An ICD-10-CM code as people type it (E11.621, e11621): a letter, then letters or digits, 3 to 7
 * characters without the dot. Some valid codes have a letter in position 2 (QA00101), so position
 * 2 is not required to be a digit. Whether the code exists and is billable on the date of service
 * is checked in main against the imported code set.
 */
export function icd10cmError(value: string): string | null {
  const code = normalizeIcd10cm(value)
  if (code === '') return 'Enter the diagnosis code, like E11.9'
  if (!/^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4}$/.test(code)) {
    return `"${value.trim()}" is not an ICD-10-CM code — a letter, then 2 to 6 letters or digits, like E11.9 or S72.001A`
  }
  return null
}

/** Stored and sent without the dot, upper case (837P HI segment form). */
export function normalizeIcd10cm(value: string): string {
  return value.trim().toUpperCase().replace(/\./g, '')
}

/** E11621 → E11.621 for display: the dot follows the third character. */
export function displayIcd10cm(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code
}

export const Icd10cmCode = requiredField(icd10cmError, normalizeIcd10cm)
