import { optionalField, requiredField } from './field'

/** Reduces a typed US phone number to its 10 digits, or null when it cannot be one. */
export function normalizePhone(value: string): string | null {
  const text = value.trim()
  // Letters (vanity numbers, "x123" extensions) have no place in an X12 PER phone number.
  if (!/^\+?[\d\s().-]+$/.test(text)) return null
  let digits = text.replace(/\D/g, '')
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1)
  else if (text.startsWith('+')) return null
  return digits.length === 10 ? digits : null
}

export function phoneError(value: string): string | null {
  const text = value.trim()
  if (text === '') return 'Enter the phone number — 10 digits, like (555) 234-5678'
  const digits = normalizePhone(text)
  if (digits === null) {
    return `Phone "${text}" is not a 10-digit US number — enter it like (555) 234-5678, without extensions`
  }
  // North American Numbering Plan: area codes and exchanges never begin with 0 or 1.
  const area = digits.slice(0, 3)
  if (/^[01]/.test(area)) {
    return `Area code ${area} can't start with ${area[0]} — check the phone number`
  }
  const exchange = digits.slice(3, 6)
  if (/^[01]/.test(exchange)) {
    return `Phone ${text}: the 3 digits after the area code (${exchange}) can't start with ${exchange[0]} — check the number`
  }
  return null
}

const toDigits = (value: string): string => normalizePhone(value) ?? value

export const Phone = requiredField(phoneError, toDigits)
export const OptionalPhone = optionalField(phoneError, toDigits)
