/**
 * How the NUCC 1500 instruction manual wants values written on the form: uppercase, names as
 * LAST, FIRST, M with no periods, addresses without punctuation, dates in separate MM DD YY(YY)
 * cells, dollars and cents in separate columns without a dollar sign.
 */
import type { Cents } from '../../../shared/money'
import { Cms1500Error } from './error'
import type { Cms1500Address, Cms1500Name } from './model'

/** Uppercase, single spaces, and no character outside the printable ASCII Courier has. */
export function upper(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase()
}

/**
 * NUCC: no periods or other punctuation in names and addresses ("123 N Main Street 101", not
 * "123 N. Main Street, #101"); a hyphen may join words. Periods and apostrophes close up (O'NEIL
 * becomes ONEIL), anything else becomes a space.
 */
function withoutPunctuation(text: string): string {
  return upper(text.replace(/['\u2019.]/g, '').replace(/[^A-Za-z0-9\s-]/g, ' '))
}

/**
 * NUCC boxes 2, 4, 9 and 17: "Last Name, First Name, Middle Initial", a suffix after the last
 * name, commas as the only punctuation.
 */
export function personName(name: Cms1500Name): string {
  const last = [name.last, name.suffix ?? ''].map(withoutPunctuation).filter(Boolean).join(' ')
  const parts = [last, withoutPunctuation(name.first)]
  const middle = withoutPunctuation(name.middle ?? '')
  if (middle) parts.push(middle.charAt(0))
  return parts.join(', ')
}

/** One address line (the carrier block gives each street line its own line). */
export function addressLine(text: string): string {
  return withoutPunctuation(text)
}

/** Both street lines on the one line boxes 5, 7, 32 and 33 have for them. */
export function street(address: Cms1500Address): string {
  return withoutPunctuation([address.line1, address.line2 ?? ''].join(' '))
}

export function state(address: Cms1500Address): string {
  return upper(address.state)
}

/** NUCC: a 9-digit ZIP code is entered with its hyphen. */
export function zip(address: Cms1500Address): string {
  const digits = address.zip.replace(/\D/g, '')
  return digits.length === 9 ? `${digits.slice(0, 5)}-${digits.slice(5)}` : digits
}

/** Boxes 32 and 33 put the city, state and ZIP on one line, without commas. */
export function cityStateZip(address: Cms1500Address): string {
  return `${withoutPunctuation(address.city)} ${state(address)} ${zip(address)}`
}

export function city(address: Cms1500Address): string {
  return withoutPunctuation(address.city)
}

/** Area code in its own cell, then the seven digits with no hyphen or space (NUCC box 5). */
export function phoneParts(phone: string): { area: string; number: string } | null {
  const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')
  if (digits.length !== 10) return null
  return { area: digits.slice(0, 3), number: digits.slice(3) }
}

export interface DateParts {
  month: string
  day: string
  year: string
}

/** An ISO date split into the form's cells; 24A wants a 2-digit year, birth dates all four. */
export function dateParts(iso: string, yearDigits: 2 | 4): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  // The value is not repeated: it may be a birth date.
  if (!m) throw new Cms1500Error('A date on the claim is not a YYYY-MM-DD date')
  const year = m[1]!
  return { month: m[2]!, day: m[3]!, year: yearDigits === 2 ? year.slice(2) : year }
}

/** MM DD YY with spaces, for box 31 where the form has no date cells. */
export function spacedDate(iso: string): string {
  const { month, day, year } = dateParts(iso, 2)
  return `${month} ${day} ${year}`
}

/** Whole dollars and the cents, by integer arithmetic on cents. */
export function moneyParts(amount: Cents): { dollars: string; cents: string } {
  if (amount < 0) throw new Cms1500Error('The CMS-1500 has no negative amounts (NUCC)')
  const rest = amount % 100
  return { dollars: String((amount - rest) / 100), cents: String(rest).padStart(2, '0') }
}

/** ICD-10-CM codes go on the form without the dot, the decimal being implied. */
export function diagnosisCode(code: string): string {
  return upper(code).replace(/\./g, '')
}

/** NDC quantity: up to three decimals, without trailing zeros (2.5, not 2.500). */
export function ndcQuantity(quantity: number): string {
  return String(Math.round(quantity * 1000) / 1000)
}

/** The usual short forms of words that make payer, facility and practice names long. */
const ABBREVIATIONS: Record<string, string> = {
  ADMINISTRATORS: 'ADMIN',
  ADMINISTRATION: 'ADMIN',
  ASSOCIATES: 'ASSOC',
  ASSOCIATION: 'ASSN',
  BENEFITS: 'BEN',
  CENTER: 'CTR',
  CLINIC: 'CLN',
  COMMERCIAL: 'COMM',
  COMMUNITY: 'CMNTY',
  COMPANY: 'CO',
  CORPORATION: 'CORP',
  DEPARTMENT: 'DEPT',
  FAMILY: 'FAM',
  HEALTH: 'HLTH',
  HEALTHCARE: 'HLTHCARE',
  HOSPITAL: 'HOSP',
  INCORPORATED: 'INC',
  INSURANCE: 'INS',
  INTERNATIONAL: 'INTL',
  MANAGEMENT: 'MGMT',
  MEDICAL: 'MED',
  MEDICINE: 'MED',
  MUTUAL: 'MUT',
  NATIONAL: 'NATL',
  ORGANIZATION: 'ORG',
  PHYSICIANS: 'PHYS',
  PEDIATRICS: 'PEDS',
  PRACTICE: 'PRAC',
  SERVICES: 'SVCS',
  UNITED: 'UTD',
  WESTSIDE: 'W SIDE',
}

/**
 * Free text fitted to `width` characters the way a careful biller would type it: long words
 * abbreviated first (from the end, so the name's start stays whole), then whole words dropped
 * from the end; only a single word longer than the box is cut.
 */
export function fitText(text: string, width: number): string {
  if (text.length <= width) return text
  const words = text.split(' ')
  for (let i = words.length - 1; i >= 0 && words.join(' ').length > width; i--) {
    const short = ABBREVIATIONS[words[i]!.replace(/[^A-Z]/g, '')]
    if (short) words[i] = words[i]!.replace(/[A-Z]+/, short)
  }
  while (words.length > 1 && words.join(' ').length > width) words.pop()
  const fitted = words.join(' ').replace(/[\s,;:(-]+$/, '')
  return fitted.length <= width ? fitted : fitted.slice(0, width).trimEnd()
}
