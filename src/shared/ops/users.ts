import { z } from 'zod'
import { op } from '../op'
import { Password, Username } from '../password'
import { ROLES } from '../permissions'

export const UserRow = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
})
export type UserRow = z.infer<typeof UserRow>

export const NewUser = z.object({
  username: Username,
  fullName: z.string().trim().min(2, 'Enter the full name.').max(80),
  role: z.enum(ROLES),
  password: Password,
})

const UserId = z.object({ userId: z.number().int().positive() })

export const userOps = {
  'users.list': op({
    summary: 'Everyone who may sign in, with role and status',
    input: z.object({}),
    output: z.array(UserRow),
    access: 'users.manage',
  }),
  'users.add': op({
    summary: 'Add a user with a role and a first password they must change',
    input: NewUser,
    output: UserRow,
    access: 'users.manage',
    audit: 'admin',
  }),
  'users.disable': op({
    summary: 'Stop a user signing in: their key is removed from the keyring',
    input: UserId,
    output: UserRow,
    access: 'users.manage',
    audit: 'admin',
  }),
  'users.resetPassword': op({
    summary:
      'Give a user a new first password; a disabled user stays disabled unless `enable` is set',
    input: UserId.extend({
      password: Password,
      /** Required (true) for a disabled user: the reset then enables them again, on purpose. */
      enable: z.boolean().optional(),
    }),
    output: UserRow,
    access: 'users.manage',
    audit: 'admin',
  }),
  'users.setRole': op({
    summary: 'Change what a user may do',
    input: UserId.extend({ role: z.enum(ROLES) }),
    output: UserRow,
    access: 'users.manage',
    audit: 'admin',
  }),
}
