import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Modal, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useForm } from 'react-hook-form'
import { NewUser, type UserRow } from '../../../shared/ops/users'
import { ROLES, ROLE_LABELS } from '../../../shared/permissions'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))

interface Props {
  opened: boolean
  onClose: () => void
  onAdded: (user: UserRow) => void
}

export function AddUserDialog({ opened, onClose, onAdded }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add user">
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {opened && <AddUserForm onClose={onClose} onAdded={onAdded} />}
    </Modal>
  )
}

function AddUserForm({ onClose, onAdded }: Omit<Props, 'opened'>) {
  const form = useForm({
    resolver: zodResolver(NewUser),
    defaultValues: { username: '', fullName: '', role: 'biller' as const, password: '' },
  })
  const { register, formState } = form
  const errors = formState.errors
  const api = useApiErrors(form)

  const onSubmit = form.handleSubmit(async (values) => {
    api.clear()
    try {
      onAdded(await call('users.add', values))
    } catch (error) {
      api.report(error)
    }
  })

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={getHotkeyHandler([['mod+S', () => void onSubmit()]])}
      noValidate
    >
      <Stack gap="sm">
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
        <FormAlert message={api.alert} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            Add user
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
