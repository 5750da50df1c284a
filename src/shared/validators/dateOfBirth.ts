import { isoDateError, localIsoDate } from './isoDate'
import { requiredField } from './field'

/** Older than this is a typo in the year, not a patient (the oldest person on record was 122). */
const MAX_AGE_YEARS = 125

export function dateOfBirthError(
  value: string,
  today: Date = new Date(),
  label = 'Date of birth',
): string | null {
  const text = value.trim()
  const format = isoDateError(text, label)
  if (format) return format
  const todayIso = localIsoDate(today)
  if (text > todayIso) return `${label} ${text} is in the future — check the year`
  const earliest = String(today.getFullYear() - MAX_AGE_YEARS).padStart(4, '0') + todayIso.slice(4)
  if (text < earliest) {
    return `${label} ${text} is more than ${MAX_AGE_YEARS} years ago — check the year`
  }
  return null
}

/** A date-of-birth field; "today" is read at each parse, so a form open overnight stays right. */
export function dateOfBirth(label = 'Date of birth', today: () => Date = () => new Date()) {
  return requiredField((value) => dateOfBirthError(value, today(), label))
}

export const DateOfBirth = dateOfBirth()
