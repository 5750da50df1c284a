import { requiredField } from './field'

export function normalizeZip(value: string): string {
  return value.trim().replace('-', '')
}

export function zipError(value: string): string | null {
  const text = value.trim()
  if (text === '') return 'Enter the ZIP code — 5 digits, or 9 as 12345-6789'
  if (!/^\d{5}(-?\d{4})?$/.test(text)) {
    return `ZIP code must be 5 digits or ZIP+4 like 12345-6789 — "${text}" is not`
  }
  return null
}

/**
 * 837P loops 2010AA (billing provider) and 2310C (service facility) N403: a US address carries
 * the full 9-digit ZIP code; payers reject these loops with 5 digits.
 */
export function zipPlus4Error(value: string): string | null {
  const text = value.trim()
  const error = zipError(text)
  if (error) return text === '' ? 'Enter the 9-digit ZIP+4, like 12345-6789' : error
  if (normalizeZip(text).length !== 9) {
    return `ZIP ${text} needs its 4-digit extension (ZIP+4, like ${text}-1234) — payers reject 5-digit ZIPs on this address; look it up at tools.usps.com`
  }
  return null
}

export const Zip = requiredField(zipError, normalizeZip)
export const ZipPlus4 = requiredField(zipPlus4Error, normalizeZip)
