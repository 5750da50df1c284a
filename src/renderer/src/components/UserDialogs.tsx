import { leaveIfConfirmed } from '../forms/unsaved'
import { Modal, NativeSelect, PasswordInput, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { userOps, type UserRow } from '../../../shared/ops/users'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import { ROLE_OPTIONS } from './AddUserDialog'
import { RecordForm } from './RecordForm'

interface Props {
  user: UserRow | null
  onClose: () => void
  onSaved: (user: UserRow) => void
}

type BodyProps = Props & { user: UserRow }

const RoleForm = userOps['users.setRole'].input.pick({ role: true })
const ResetForm = userOps['users.resetPassword'].input.pick({ password: true })

/** Open while a user is picked; the form inside is mounted afresh for each one. */
function UserDialog({
  user,
  title,
  onClose,
  children,
}: {
  user: UserRow | null
  title: string
  onClose: () => void
  children: (user: UserRow) => ReactNode
}) {
  return (
    <Modal
      opened={user !== null}
      onClose={leaveIfConfirmed(onClose)}
      title={`${title} ${user?.username ?? ''}`}
    >
      {user && children(user)}
    </Modal>
  )
}

export function RoleDialog({ user, onClose, onSaved }: Props) {
  return (
    <UserDialog user={user} title="Change role of" onClose={onClose}>
      {(picked) => <RoleFormBody user={picked} onClose={onClose} onSaved={onSaved} />}
    </UserDialog>
  )
}

function RoleFormBody({ user, onClose, onSaved }: BodyProps) {
  const role = useRecordForm(
    RoleForm,
    { role: user.role },
    async (values) => onSaved(await call('users.setRole', { userId: user.id, role: values.role })),
    { focus: 'first-registered' },
  )
  return (
    <RecordForm record={role} saveLabel="Save role" onCancel={onClose} keysHint={false}>
      <NativeSelect
        label="Role"
        data={ROLE_OPTIONS}
        data-autofocus
        error={role.form.formState.errors.role?.message}
        {...role.form.register('role')}
      />
    </RecordForm>
  )
}

export function ResetPasswordDialog({ user, onClose, onSaved }: Props) {
  return (
    <UserDialog user={user} title="Reset password of" onClose={onClose}>
      {(picked) => <ResetFormBody user={picked} onClose={onClose} onSaved={onSaved} />}
    </UserDialog>
  )
}

function ResetFormBody({ user, onClose, onSaved }: BodyProps) {
  const reset = useRecordForm(
    ResetForm,
    { password: '' },
    async ({ password }) =>
      onSaved(
        await call('users.resetPassword', {
          userId: user.id,
          password,
          // The dialog says so below: resetting a disabled user enables them again.
          ...(user.disabled ? { enable: true } : {}),
        }),
      ),
    { focus: 'first-registered' },
  )
  return (
    <RecordForm record={reset} saveLabel="Reset password" onCancel={onClose} keysHint={false}>
      <Text size="sm">
        {user.fullName} signs in with this first password and must then choose their own.
        {user.disabled && ' This also enables the account again.'}
      </Text>
      <PasswordInput
        label="New first password"
        description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        data-autofocus
        autoComplete="new-password"
        error={reset.form.formState.errors.password?.message}
        {...reset.form.register('password')}
      />
    </RecordForm>
  )
}
