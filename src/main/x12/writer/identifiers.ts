import { npiCheckDigit } from '../../../shared/validators/npi'
import type { PersonName837 } from '../claim837'
import type { WriteContext } from './elements'

/** NM109 with NM108 XX: 10 digits whose last is the Luhn check digit over prefix 80840. */
export function npi(ctx: WriteContext, value: string, loop: string, element = 'NM109'): string {
  const digits = ctx.digits(value, loop, element, 10)
  if (npiCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    ctx.fail(loop, element, 'is not a valid NPI (check digit)')
  }
  return digits
}

const TAXONOMY = /^\d{3}[0-9A-Z]{6}X$/

/** PRV03: a NUCC taxonomy code (10 characters ending in X). */
export function taxonomy(ctx: WriteContext, value: string, loop: string): string {
  const code = ctx.id(value, loop, 'PRV03', 10, 10)
  if (!TAXONOMY.test(code)) ctx.fail(loop, 'PRV03', 'is not a taxonomy code')
  return code
}

/** NM103–NM107 of a person: last 1–60, first 1–35, middle 1–25, suffix 1–10 (cut, not refused). */
export function personName(
  ctx: WriteContext,
  name: PersonName837,
  loop: string,
): [last: string, first: string, middle: string, prefix: string, suffix: string] {
  return [
    ctx.requiredName(name.last, loop, 'NM103', 1, 60),
    ctx.name(name.first, loop, 'NM104', 35),
    ctx.name(name.middle, loop, 'NM105', 25),
    '',
    ctx.name(name.suffix, loop, 'NM107', 10),
  ]
}

/** DMG03 and 2010CA/2010BA sex: F, M or U. */
export function sexCode(ctx: WriteContext, value: string, loop: string): string {
  if (value !== 'F' && value !== 'M' && value !== 'U') ctx.fail(loop, 'DMG03', 'must be F, M or U')
  return value
}
