import { requiredField } from './field'

/** The payer's ID on the clearinghouse's payer list, sent in 837P 2010BB NM109 (2–80 chars). */
export function clearinghousePayerIdError(value: string): string | null {
  const id = value.trim()
  if (id === '') return "Enter the payer ID from the clearinghouse's payer list, like 87726"
  if (!/^[A-Za-z0-9]+$/.test(id)) {
    return `Payer ID "${id}" may hold only letters and digits — copy it from the clearinghouse's payer list`
  }
  if (id.length < 2 || id.length > 80) {
    return `Payer ID "${id}" must be 2 to 80 characters — copy it from the clearinghouse's payer list`
  }
  return null
}

export const ClearinghousePayerId = requiredField(clearinghousePayerIdError, (value) =>
  value.toUpperCase(),
)
