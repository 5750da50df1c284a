import { requiredField } from './field'

// CPT Category I: 5 digits. Category II ends in F, Category III in T, Proprietary Laboratory
// Analyses in U. HCPCS Level II: a letter and 4 digits (J3420, G0438).
const CPT_PATTERN = /^(\d{5}|\d{4}[FTU])$/
const HCPCS_PATTERN = /^[A-Z]\d{4}$/

export function procedureCodeError(value: string): string | null {
  const code = value.trim().toUpperCase()
  if (code === '') return 'Enter the CPT or HCPCS code, like 99213 or J3420'
  if (!CPT_PATTERN.test(code) && !HCPCS_PATTERN.test(code)) {
    return `"${value.trim()}" is not a CPT or HCPCS code — CPT is 5 digits (99213, or 4 digits and F/T/U like 3074F), HCPCS a letter and 4 digits (J3420); enter modifiers separately`
  }
  return null
}

export const ProcedureCode = requiredField(procedureCodeError, (value) => value.toUpperCase())
