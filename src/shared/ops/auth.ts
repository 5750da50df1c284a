import { z } from 'zod'
import { op } from '../op'
import { Password, Username } from '../password'
import { PERMISSIONS, ROLES } from '../permissions'

export const SessionView = z.object({
  signedIn: z.boolean(),
  locked: z.boolean(),
  user: z
    .object({
      id: z.number().int(),
      username: z.string(),
      fullName: z.string(),
      role: z.enum(ROLES),
      mustChangePassword: z.boolean(),
    })
    .nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  autoLockMinutes: z.number().int(),
})
export type SessionView = z.infer<typeof SessionView>

const Empty = z.object({})
const Done = z.object({})

export const SetupInput = z.object({
  practiceName: z
    .string()
    .trim()
    .min(2, 'Enter the practice name.')
    .max(60, 'At most 60 characters.'),
  admin: z.object({
    username: Username,
    fullName: z.string().trim().min(2, 'Enter the full name.').max(80),
    password: Password,
  }),
})

export const authOps = {
  'setup.create': op({
    summary: 'Create the practice store and its first administrator; returns the recovery key once',
    input: SetupInput,
    output: z.object({ recoveryKey: z.string(), session: SessionView }),
    access: 'public',
    audit: 'admin',
  }),
  'auth.session': op({
    summary: 'Who is signed in on this window and whether it is locked',
    input: Empty,
    output: SessionView,
    access: 'public',
    whenLocked: true,
    passive: true,
  }),
  'auth.login': op({
    summary: 'Sign in: unwraps the store key with the password and opens the practice',
    input: z.object({ username: Username, password: z.string().min(1, 'Enter your password.') }),
    output: SessionView,
    access: 'public',
  }),
  'auth.logout': op({
    summary: 'Sign out of this window',
    input: Empty,
    output: SessionView,
    access: 'signedIn',
    whenLocked: true,
  }),
  'auth.lock': op({
    summary: 'Lock this window until its user types the password again',
    input: Empty,
    output: SessionView,
    access: 'signedIn',
    beforePasswordChange: true,
  }),
  'auth.unlock': op({
    summary: 'Unlock with the signed-in user’s password',
    input: z.object({ password: z.string().min(1, 'Enter your password.') }),
    output: SessionView,
    access: 'signedIn',
    whenLocked: true,
  }),
  'auth.touch': op({
    summary: 'The person is still at the keyboard: postpone the idle lock',
    input: Empty,
    output: Done,
    access: 'signedIn',
    beforePasswordChange: true,
  }),
  'auth.changePassword': op({
    summary: 'Change one’s own password',
    input: z.object({
      currentPassword: z.string().min(1, 'Enter your current password.'),
      newPassword: Password,
    }),
    output: SessionView,
    access: 'signedIn',
    audit: 'admin',
    beforePasswordChange: true,
  }),
  'auth.recover': op({
    summary: 'Set a new password for a user with the practice recovery key',
    input: z.object({
      username: Username,
      recoveryKey: z.string().trim().min(10, 'Enter the recovery key exactly as printed.'),
      newPassword: Password,
    }),
    output: SessionView,
    access: 'public',
  }),
}
