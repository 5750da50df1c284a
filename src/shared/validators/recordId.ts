import { z } from 'zod'

/** A reference to a stored record (a payer, a patient) picked from a list in the form. */
export function recordId(what: string) {
  const message = `Pick the ${what} from the list`
  return z
    .number({ error: () => message })
    .int({ error: message })
    .positive({ error: message })
}
