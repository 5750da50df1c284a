import { optionalField } from './field'

// Deliberately loose: one @, something on each side, a dot in the domain. The real test is
// whether mail arrives, so this only catches what was plainly typed into the wrong box.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

export function emailError(value: string): string | null {
  const text = value.trim()
  if (text === '') return 'Enter the email address, like name@example.com'
  if (text.length > 254 || !EMAIL_PATTERN.test(text)) {
    return `"${text}" is not an email address — it should look like name@example.com`
  }
  return null
}

export const OptionalEmail = optionalField(emailError, (value) => value.toLowerCase())
