import { cents, formatCents } from './money'
import { isCalendarDate } from './validators/isoDate'

/**
 * How ClaimDesk shows and reads values on screen, the US way: dates MM/DD/YYYY, money $1,234.56,
 * phones (555) 555-0100. Stored and sent to main as ISO dates, integer cents and bare digits;
 * every screen formats through here so one office sees one convention.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})/

/** 2024-03-15 (or a timestamp starting so) → 03/15/2024; anything else comes back as it was. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = ISO.exec(iso)
  return m ? `${m[2]}/${m[3]}/${m[1]}` : iso
}

/**
 * What a person types as a date → YYYY-MM-DD, or null when it is not a date in US order.
 * Takes 03/15/2024, 3/15/2024, 03-15-2024 and 03152024; the day need not exist (02/30 parses
 * to 2024-02-30) so the shared validator can say "not a real date" in its own words.
 */
export function parseUsDate(text: string): string | null {
  const t = text.trim()
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t)
  if (!m) return null
  return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`
}

/** Whether typed text is a US date naming a day that exists. */
export function isUsDate(text: string): boolean {
  const iso = parseUsDate(text)
  return iso !== null && isCalendarDate(iso)
}

/** ISO dates inside a message (from main or a shared validator) rewritten for the screen. */
export function usDatesIn(message: string): string {
  return message.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y, m, d) => `${m}/${d}/${y}`)
}

/** A timestamp as the office's local date and time: 03/15/2024 2:05 PM. */
export function formatDateTime(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at
  if (Number.isNaN(d.getTime())) return String(at)
  const date = d.toLocaleDateString('en-US', { month: '2-digit', day: '2-digit', year: 'numeric' })
  const time = d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })
  return `${date} ${time}`
}

/** Integer cents → $1,234.56. */
export function formatMoney(value: number): string {
  return formatCents(cents(value))
}

/** Ten digits → (555) 555-0100; anything else (an extension, a partial number) as stored. */
export function formatPhone(digits: string | null | undefined): string {
  if (!digits) return ''
  return /^\d{10}$/.test(digits)
    ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`
    : digits
}
