import { leaveIfConfirmed } from '../forms/unsaved'
import { Modal, NativeSelect, PasswordInput, TextInput } from '@mantine/core'
import { NewUser, type UserRow } from '../../../shared/ops/users'
import { ROLES, ROLE_LABELS } from '../../../shared/permissions'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import { RecordForm } from './RecordForm'

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))

interface Props {
  opened: boolean
  onClose: () => void
  onAdded: (user: UserRow) => void
}

export function AddUserDialog({ opened, onClose, onAdded }: Props) {
  return (
    <Modal opened={opened} onClose={leaveIfConfirmed(onClose)} title="Add user">
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {opened && <AddUserForm onClose={onClose} onAdded={onAdded} />}
    </Modal>
  )
}

function AddUserForm({ onClose, onAdded }: Omit<Props, 'opened'>) {
  const user = useRecordForm(
    NewUser,
    { username: '', fullName: '', role: 'biller', password: '' },
    async (values) => onAdded(await call('users.add', values)),
    { focus: 'first-registered' },
  )
  const { register, formState } = user.form
  const errors = formState.errors

  return (
    <RecordForm record={user} saveLabel="Add user" onCancel={onClose} keysHint={false}>
      <TextInput
        label="User name"
        data-autofocus
        autoComplete="off"
        error={errors.username?.message}
        {...register('username')}
      />
      <TextInput
        label="Full name"
        autoComplete="off"
        error={errors.fullName?.message}
        {...register('fullName')}
      />
      <NativeSelect
        label="Role"
        data={ROLE_OPTIONS}
        error={errors.role?.message}
        {...register('role')}
      />
      <PasswordInput
        label="First password"
        description={`At least ${MIN_PASSWORD_LENGTH} characters. They must change it when they first sign in.`}
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
    </RecordForm>
  )
}
