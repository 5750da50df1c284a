import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Modal, NativeSelect, PasswordInput, Stack, Text } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useForm } from 'react-hook-form'
import { userOps, type UserRow } from '../../../shared/ops/users'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { ROLE_OPTIONS } from './AddUserDialog'
import { FormAlert } from './FormAlert'

interface Props {
  user: UserRow | null
  onClose: () => void
  onSaved: (user: UserRow) => void
}

const RoleForm = userOps['users.setRole'].input.pick({ role: true })
const ResetForm = userOps['users.resetPassword'].input.pick({ password: true })

export function RoleDialog({ user, onClose, onSaved }: Props) {
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={`Change role of ${user?.username ?? ''}`}
    >
      {user && <RoleFormBody user={user} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  )
}

function RoleFormBody({ user, onClose, onSaved }: Props & { user: UserRow }) {
  const form = useForm({ resolver: zodResolver(RoleForm), defaultValues: { role: user.role } })
  const api = useApiErrors(form)
  const onSubmit = form.handleSubmit(async ({ role }) => {
    api.clear()
    try {
      onSaved(await call('users.setRole', { userId: user.id, role }))
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
        <NativeSelect
          label="Role"
          data={ROLE_OPTIONS}
          data-autofocus
          error={form.formState.errors.role?.message}
          {...form.register('role')}
        />
        <FormAlert message={api.alert} />
        <DialogButtons onClose={onClose} busy={form.formState.isSubmitting} label="Save role" />
      </Stack>
    </form>
  )
}

export function ResetPasswordDialog({ user, onClose, onSaved }: Props) {
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={`Reset password of ${user?.username ?? ''}`}
    >
      {user && <ResetFormBody user={user} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  )
}

function ResetFormBody({ user, onClose, onSaved }: Props & { user: UserRow }) {
  const form = useForm({ resolver: zodResolver(ResetForm), defaultValues: { password: '' } })
  const api = useApiErrors(form)
  const onSubmit = form.handleSubmit(async ({ password }) => {
    api.clear()
    try {
      onSaved(await call('users.resetPassword', { userId: user.id, password }))
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
        <Text size="sm">
          {user.fullName} signs in with this first password and must then choose their own.
          {user.disabled && ' This also enables the account again.'}
        </Text>
        <PasswordInput
          label="New first password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          data-autofocus
          autoComplete="new-password"
          error={form.formState.errors.password?.message}
          {...form.register('password')}
        />
        <FormAlert message={api.alert} />
        <DialogButtons
          onClose={onClose}
          busy={form.formState.isSubmitting}
          label="Reset password"
        />
      </Stack>
    </form>
  )
}

function DialogButtons({
  onClose,
  busy,
  label,
}: {
  onClose: () => void
  busy: boolean
  label: string
}) {
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onClose}>
        Cancel
      </Button>
      <Button type="submit" loading={busy}>
        {label}
      </Button>
    </Group>
  )
}
