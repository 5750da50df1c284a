import { z } from 'zod'
import { COMMON_PASSWORDS } from './commonPasswords'

export const MIN_PASSWORD_LENGTH = 12

/**
 * The password rule, in one place for the forms and for main. Length is what matters most
 * (NIST SP 800-63B); composition rules are not used, known-bad passwords are refused.
 */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters — a short sentence is easy to remember.`
  }
  if (password.length > 256) return 'Use at most 256 characters.'
  const folded = password.toLowerCase()
  if (COMMON_PASSWORDS.has(folded) || /^(.)\1+$/.test(password) || isSequence(folded)) {
    return 'That password is on the list of common passwords. Choose another.'
  }
  if (username && username.length >= 3 && folded.includes(username.toLowerCase())) {
    return 'The password must not contain the user name.'
  }
  return null
}

function isSequence(text: string): boolean {
  const runs = [
    '0123456789012345678901234567890',
    'abcdefghijklmnopqrstuvwxyz',
    'qwertyuiopasdfghjklzxcvbnm',
  ]
  return runs.some((run) => run.includes(text))
}

export const Password = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

export const Username = z
  .string()
  .trim()
  .min(2, 'A user name needs at least 2 characters.')
  .max(40, 'A user name can have at most 40 characters.')
  .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dot, dash or underscore in a user name.')
