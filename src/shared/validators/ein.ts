import { requiredField } from './field'

/** Two-digit EIN prefixes the IRS has never assigned to a campus or to online applications. */
export const UNASSIGNED_EIN_PREFIXES: readonly string[] =
  '00 07 08 09 17 18 19 28 29 49 69 70 78 79 89'.split(' ')

export function normalizeEin(value: string): string {
  return value.trim().replace('-', '')
}

export function einError(value: string): string | null {
  const text = value.trim()
  if (text === '') return "Enter the practice's EIN — 9 digits, like 12-3456789"
  if (/^\d{3}-\d{2}-\d{4}$/.test(text)) {
    return `"${text}" looks like a Social Security number — claims need the practice's EIN, like 12-3456789`
  }
  if (!/^\d{2}-?\d{7}$/.test(text)) {
    return `EIN must be 9 digits, like 12-3456789 — "${text}" is not`
  }
  const prefix = text.slice(0, 2)
  if (UNASSIGNED_EIN_PREFIXES.includes(prefix)) {
    return `EIN ${text} starts with ${prefix}, a prefix the IRS does not assign — check the number on the IRS letter (CP 575)`
  }
  return null
}

export const Ein = requiredField(einError, normalizeEin)
