import { inSentence, optionalField, requiredField } from './field'

/** Whether a YYYY-MM-DD string names a day that exists (no February 30, no month 13). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  probe.setUTCFullYear(year, month - 1, day)
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  )
}

/** The person's calendar day as YYYY-MM-DD: a practice works in its own time zone, not UTC. */
export function localIsoDate(moment: Date): string {
  const yyyy = String(moment.getFullYear()).padStart(4, '0')
  const mm = String(moment.getMonth() + 1).padStart(2, '0')
  const dd = String(moment.getDate()).padStart(2, '0')
  return `${yyyy}-${mm}-${dd}`
}

export function isoDateError(value: string, label = 'Date'): string | null {
  const text = value.trim()
  // No format named: a screen's date box shows MM/DD/YYYY while main and the CLI take ISO.
  if (text === '') return `Enter the ${inSentence(label)}`
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return `${label} must be written YYYY-MM-DD, like 2024-03-15 — "${text}" is not`
  }
  if (!isCalendarDate(text)) return `${label} ${text} is not a real date — check the day and month`
  return null
}

export function isoDate(label: string) {
  return requiredField((value) => isoDateError(value, label))
}

export function optionalIsoDate(label: string) {
  return optionalField((value) => isoDateError(value, label))
}
