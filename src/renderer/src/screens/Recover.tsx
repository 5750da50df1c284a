import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core'
import { FormProvider } from 'react-hook-form'
import { z } from 'zod'
import { authOps, type SessionView } from '../../../shared/ops/auth'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { call } from '../api'
import { AuthLayout } from '../components/AuthLayout'
import { FormAlert } from '../components/FormAlert'
import { NewPasswordFields } from '../components/NewPasswordFields'
import { CONFIRM_MESSAGE } from '../forms/useApiErrors'
import { useRecordForm } from '../forms/useRecordForm'

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
  const recover = useRecordForm(
    RecoverForm,
    { username: '', recoveryKey: '', newPassword: '', confirm: '' },
    async ({ username, recoveryKey, newPassword }) =>
      onSignedIn(await call('auth.recover', { username, recoveryKey, newPassword })),
    { focus: 'first-registered' },
  )
  const { register, formState } = recover.form
  const errors = formState.errors

  return (
    <AuthLayout
      title="Reset a password with the recovery key"
      intro="Type the recovery key exactly as printed when the practice was set up."
      width={480}
      version={version}
    >
      <FormProvider {...recover.form}>
        <form
          onSubmit={recover.submit}
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
            <NewPasswordFields description={`At least ${MIN_PASSWORD_LENGTH} characters.`} />
            <FormAlert message={recover.api.alert} />
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
      </FormProvider>
    </AuthLayout>
  )
}
