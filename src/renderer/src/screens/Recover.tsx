import { zodResolver } from '@hookform/resolvers/zod'
import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { authOps, type SessionView } from '../../../shared/ops/auth'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { call } from '../api'
import { AuthLayout } from '../components/AuthLayout'
import { FormAlert } from '../components/FormAlert'
import { CONFIRM_MESSAGE, useApiErrors } from '../forms/useApiErrors'

const RecoverForm = authOps['auth.recover'].input
  .extend({ confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: CONFIRM_MESSAGE })

interface Props {
  version?: string
  onSignedIn: (session: SessionView) => void
  onBack: () => void
}

/** Every password forgotten: the printed recovery key sets a new one. */
export function Recover({ version, onSignedIn, onBack }: Props) {
  const form = useForm({
    resolver: zodResolver(RecoverForm),
    defaultValues: { username: '', recoveryKey: '', newPassword: '', confirm: '' },
  })
  const { register, formState } = form
  const errors = formState.errors
  const api = useApiErrors(form)

  const onSubmit = form.handleSubmit(async ({ username, recoveryKey, newPassword }) => {
    api.clear()
    try {
      onSignedIn(await call('auth.recover', { username, recoveryKey, newPassword }))
    } catch (error) {
      api.report(error)
    }
  })

  return (
    <AuthLayout
      title="Reset a password with the recovery key"
      intro="Type the recovery key exactly as printed when the practice was set up."
      width={480}
      version={version}
    >
      <form
        onSubmit={onSubmit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onBack()
        }}
        noValidate
      >
        <Stack gap="sm">
          <TextInput
            label="User name"
            autoFocus
            autoComplete="username"
            error={errors.username?.message}
            {...register('username')}
          />
          <TextInput
            label="Recovery key"
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.recoveryKey?.message}
            {...register('recoveryKey')}
          />
          <PasswordInput
            label="New password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
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
          <Button type="submit" loading={formState.isSubmitting} fullWidth>
            Set new password and sign in
          </Button>
          <Group justify="center">
            <Anchor component="button" type="button" size="sm" onClick={onBack}>
              Back to sign in
            </Anchor>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  )
}
