import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { authOps, type SessionView } from '../../../shared/ops/auth'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { call } from '../api'
import { FormAlert } from './FormAlert'
import { CONFIRM_MESSAGE, useApiErrors } from '../forms/useApiErrors'

const ChangeForm = authOps['auth.changePassword'].input
  .extend({ confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: CONFIRM_MESSAGE })

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' }

interface Props {
  onChanged: (session: SessionView) => void
  /** Leaves the screen without changing anything (Esc); absent when the change is required. */
  onCancel?: () => void
}

/** The form alone, so it serves both the required first change and the user menu. */
export function ChangePasswordForm({ onChanged, onCancel }: Props) {
  const form = useForm({ resolver: zodResolver(ChangeForm), defaultValues: EMPTY })
  const { register, formState } = form
  const errors = formState.errors
  const api = useApiErrors(form)
  const [done, setDone] = useState(false)

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    api.clear()
    setDone(false)
    try {
      const session = await call('auth.changePassword', { currentPassword, newPassword })
      form.reset(EMPTY)
      setDone(true)
      onChanged(session)
    } catch (error) {
      api.report(error)
    }
  })

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={getHotkeyHandler([
        ['mod+S', () => void onSubmit()],
        ['Escape', () => onCancel?.()],
      ])}
      noValidate
    >
      <Stack gap="sm">
        <PasswordInput
          label="Current password"
          autoFocus
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...register('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters; a short sentence works well.`}
          autoComplete="new-password"
          error={errors.newPassword?.message}
          {...register('newPassword')}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          error={errors.confirm?.message}
          {...register('confirm')}
        />
        <FormAlert message={api.alert} />
        {done && (
          <Alert color="teal" variant="light" role="status">
            Password changed.
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={formState.isSubmitting}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
