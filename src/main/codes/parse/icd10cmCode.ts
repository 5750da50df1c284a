/**
 * ICD-10-CM code shape as CMS files write it: no dot, a letter, then 2 to 6 letters or digits.
 * Position 2 may be a letter (QA00101 and the other QA0 codes since FY2026), so no digit is
 * required there.
 */
export const ICD10CM_CODE = /^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4}$/

/** Why a code is not ICD-10-CM, or null when it is. */
export function icd10cmCodeProblem(code: string): string | null {
  if (ICD10CM_CODE.test(code)) return null
  const dot = code.includes('.') ? ', without the dot' : ''
  return `code '${code}' is not a valid ICD-10-CM code (a letter then letters/digits, 3–7 characters${dot})`
}
