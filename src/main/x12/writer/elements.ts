/**
 * Element values as the 837P writer puts them on the wire: checked for the delimiters this
 * writer uses, upper-cased, held to the guide's lengths. Errors name the loop and element, never
 * the value (it may be patient data).
 */

/** Element '*', component ':', repetition '^', segment '~' (ISA and 837P conventions). */
export const ELEMENT = '*'
export const COMPONENT = ':'
export const REPETITION = '^'
export const SEGMENT = '~'

const STAR = 42
const COLON = 58
const CARET = 94
const TILDE = 126

export class X12WriteError extends Error {
  constructor(
    message: string,
    /** Loop id like '2010BA', or 'ISA' for the envelope. */
    readonly loop: string,
    /** Element id like 'NM103' or 'CLM05-1'. */
    readonly element: string,
    /** 1-based position of the claim in the writer's input; 0 outside claims. */
    readonly claimNumber: number,
  ) {
    super(claimNumber > 0 ? `Claim ${claimNumber}: ${message}` : message)
    this.name = 'X12WriteError'
  }
}

/** Which claim the writer is on, so errors can say it without quoting patient data. */
export class WriteContext {
  claimNumber = 0

  fail(loop: string, element: string, problem: string): never {
    throw new X12WriteError(`${loop} ${element} ${problem}`, loop, element, this.claimNumber)
  }

  /**
   * Free text (names, addresses): trimmed, upper-cased, accents dropped, cut to `max`.
   * Empty input gives '' (the caller decides whether the element is required).
   */
  name(value: string | undefined, loop: string, element: string, max: number): string {
    const text = this.clean(value, loop, element, true)
    if (text.length <= max) return text
    return text.slice(0, max).trimEnd()
  }

  /** A required free-text element: as `name`, but refused when empty or shorter than `min`. */
  requiredName(
    value: string | undefined,
    loop: string,
    element: string,
    min: number,
    max: number,
  ): string {
    const text = this.name(value, loop, element, max)
    if (text.length < min) this.tooShort(loop, element, text.length, min)
    return text
  }

  /** An identifier: never cut; refused when too long or too short. */
  id(value: string | undefined, loop: string, element: string, min: number, max: number): string {
    const text = this.clean(value, loop, element, false)
    if (text.length > max) {
      this.fail(loop, element, `is ${text.length} characters; the guide allows at most ${max}`)
    }
    if (text.length < min) this.tooShort(loop, element, text.length, min)
    return text
  }

  /** An optional identifier: '' when absent, otherwise as `id`. */
  optionalId(
    value: string | undefined,
    loop: string,
    element: string,
    min: number,
    max: number,
  ): string {
    if (value === undefined || value.trim() === '') return ''
    return this.id(value, loop, element, min, max)
  }

  /** Exactly `length` digits after dropping hyphens and spaces (NPI, EIN, NDC, phone). */
  digits(value: string | undefined, loop: string, element: string, length: number): string {
    const text = (value ?? '').replace(/[-\s]/g, '')
    if (text.length !== length || !isDigits(text)) {
      this.fail(loop, element, `must be ${length} digits`)
    }
    return text
  }

  private tooShort(loop: string, element: string, length: number, min: number): never {
    return this.fail(
      loop,
      element,
      length === 0 ? 'is empty' : `is ${length} characters; the guide needs at least ${min}`,
    )
  }

  private clean(value: string | undefined, loop: string, element: string, fold: boolean): string {
    if (value === undefined) return ''
    let text = value.trim()
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === STAR || code === COLON || code === CARET || code === TILDE) {
        this.fail(loop, element, `contains '${text[i]}', a separator in claim files — remove it`)
      }
      if (code < 32 || code === 127) this.fail(loop, element, 'contains a control character')
      if (code > 127) {
        // Names typed with accents (José, Nuñez) go out in the X12 basic character set.
        const folded = fold ? foldAccents(text) : text
        if (folded === text || !isPrintableAscii(folded)) {
          this.fail(loop, element, 'contains a character outside the X12 character set')
        }
        text = folded
        break
      }
    }
    return text.toUpperCase()
  }
}

function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 32 || code > 126) return false
  }
  return true
}

export function isDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 48 || code > 57) return false
  }
  return true
}

/** Largest money value the ledger allows (see shared/money.ts); past it sums lose exactness. */
const MONEY_LIMIT = 2 ** 51

/**
 * Whole cents as an X12 decimal (R): no trailing zeros, no float arithmetic.
 * 12500 → "125", 12550 → "125.5", 5 → "0.05", -250 → "-2.5".
 */
export function formatCents(cents: number): string {
  if (!Number.isInteger(cents) || Math.abs(cents) > MONEY_LIMIT) {
    throw new RangeError('Money must be a whole number of cents')
  }
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const dollars = Math.trunc(abs / 100)
  const rest = abs % 100
  if (rest === 0) return sign + String(dollars)
  if (rest % 10 === 0) return `${sign}${dollars}.${rest / 10}`
  return `${sign}${dollars}.${rest < 10 ? '0' : ''}${rest}`
}

/**
 * A quantity (units, NDC quantity) as an X12 decimal: up to 3 decimal places, at most 15 digits
 * (R elements count digits only). Returns null when it cannot be written exactly, or is not
 * positive (zero only when `allowZero`: a denied line pays 0 units).
 */
export function formatQuantity(value: number, allowZero = false): string | null {
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) return null
  let text: string
  if (Number.isInteger(value)) {
    text = String(value)
  } else {
    text = value.toFixed(3).replace(/0+$/, '')
    if (Number(text) !== value) return null
  }
  if (text.replace('.', '').length > 15) return null
  return text
}

/** `YYYY-MM-DD` → `CCYYMMDD`, or null when it is not a date of that form. */
export function compactDate(iso: string | undefined): string | null {
  if (iso === undefined || iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null
  const text = iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10)
  if (!isDigits(text)) return null
  const month = Number(text.slice(4, 6))
  const day = Number(text.slice(6, 8))
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(text.slice(0, 4)), month)) {
    return null
  }
  return text
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
