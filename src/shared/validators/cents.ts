import { z } from 'zod'
import { cents } from '../money'
import { inSentence } from './field'

/** Past this, sums of amounts stop being exact in doubles; see `money.ts`. */
const LIMIT = 2 ** 51

/**
 * Amounts arrive as whole cents (the form parses dollars with `parseDollars`) and leave typed
 * `Cents`.
 */
export function centsAmount(label: string, min: 0 | 1) {
  const floor =
    min === 0 ? `${label} can't be negative` : `${label} must be more than $0.00 — enter the amount`
  return z
    .number({ error: () => `Enter the ${inSentence(label)} as an amount in dollars and cents` })
    .int({ error: (issue) => `${label} must be whole cents — got ${String(issue.input)}` })
    .min(min, { error: floor })
    .max(LIMIT, { error: `${label} is too large — check the amount` })
    .transform(cents)
}

/** An amount that may be left out; null (as the store and money inputs give it) means not given. */
export function optionalCentsAmount(label: string, min: 0 | 1) {
  return centsAmount(label, min)
    .nullish()
    .transform((value) => value ?? undefined)
}
