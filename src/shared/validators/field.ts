import { z } from 'zod'

/** A rule answers with the message a person can act on, or null when the value is fine. */
export type Rule = (value: string) => string | null

const asIs = (value: string): string => value

/**
 * A required text field checked by `rule`. The rule's answer to an empty value doubles as the
 * message for a missing field, so a form and main say the same thing either way.
 */
export function requiredField<T = string>(
  rule: Rule,
  normalize: (value: string) => T = asIs as (value: string) => T,
) {
  return z
    .string({ error: () => rule('') ?? 'Enter a value' })
    .trim()
    .superRefine((value, ctx) => {
      const message = rule(value)
      if (message) ctx.addIssue({ code: 'custom', message })
    })
    .transform(normalize)
}

/**
 * An optional text field: blank (as forms send it), null (as the store returns it) or absent all
 * mean "not given" and come out as undefined; anything else must pass `rule`.
 */
export function optionalField<T = string>(
  rule: Rule,
  normalize: (value: string) => T = asIs as (value: string) => T,
) {
  return z
    .string({ error: () => rule('') ?? 'Enter text or leave it blank' })
    .trim()
    .nullish()
    .superRefine((value, ctx) => {
      if (!value) return
      const message = rule(value)
      if (message) ctx.addIssue({ code: 'custom', message })
    })
    .transform((value) => (value ? normalize(value) : undefined))
}

/** Lowercases the first letter of a label so it reads inside a sentence ("Enter the member ID"). */
export function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1)
}
