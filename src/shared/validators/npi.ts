import { optionalField, requiredField } from './field'

/**
 * The NPI check digit is a Luhn digit over the 9-digit base as if it carried the ISO card-issuer
 * prefix 80840; those five digits always contribute 24 to the sum (CMS NPI check digit spec).
 */
const PREFIX_80840_SUM = 24

export function npiCheckDigit(first9: string): number {
  if (!/^\d{9}$/.test(first9)) {
    throw new RangeError(`An NPI check digit is computed over 9 digits, got "${first9}"`)
  }
  let sum = PREFIX_80840_SUM
  for (let i = 0; i < 9; i++) {
    const digit = Number(first9[8 - i])
    // Doubling starts with the rightmost base digit, since the check digit takes the next slot.
    const doubled = i % 2 === 0 ? digit * 2 : digit
    sum += doubled > 9 ? doubled - 9 : doubled
  }
  return (10 - (sum % 10)) % 10
}

/** Completes a 9-digit base into a valid NPI (used to make demo providers that pass the check). */
export function npiWithCheckDigit(first9: string): string {
  return first9 + String(npiCheckDigit(first9))
}

export function npiError(value: string): string | null {
  const npi = value.trim()
  if (npi === '') return 'Enter the NPI — 10 digits, as shown on the NPPES record'
  if (!/^\d{10}$/.test(npi)) {
    return `NPI must be exactly 10 digits — "${npi}" is not; copy it from the NPPES record`
  }
  if (npiCheckDigit(npi.slice(0, 9)) !== Number(npi[9])) {
    return `NPI ${npi} fails its check digit — re-check the number on the provider's NPPES record`
  }
  return null
}

export const Npi = requiredField(npiError)
export const OptionalNpi = optionalField(npiError)
