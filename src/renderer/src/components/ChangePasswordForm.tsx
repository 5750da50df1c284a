import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core'
import { FormProvider } from 'react-hook-form'
import { z } from 'zod'
import { authOps, type SessionView } from '../../../shared/ops/auth'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { call } from '../api'
import { CONFIRM_MESSAGE } from '../forms/useApiErrors'
import { useRecordForm } from '../forms/useRecordForm'
import { FormAlert } from './FormAlert'
import { NewPasswordFields } from './NewPasswordFields'

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
  const change = useRecordForm(
    ChangeForm,
    EMPTY,
    async ({ currentPassword, newPassword }, form) => {
      const session = await call('auth.changePassword', { currentPassword, newPassword })
      form.reset(EMPTY)
      onChanged(session)
    },
    { focus: 'first-registered', keys: [['Escape', () => onCancel?.()]] },
  )
  const { register, formState } = change.form

  return (
    <FormProvider {...change.form}>
      <form {...change.formProps}>
        <Stack gap="sm">
          <PasswordInput
            label="Current password"
            autoFocus
            autoComplete="current-password"
            error={formState.errors.currentPassword?.message}
            {...register('currentPassword')}
          />
          <NewPasswordFields
            description={`At least ${MIN_PASSWORD_LENGTH} characters; a short sentence works well.`}
          />
          <FormAlert message={change.api.alert} />
          {change.saved && (
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
    </FormProvider>
  )
}
