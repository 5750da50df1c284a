import { zodResolver } from '@hookform/resolvers/zod'
import { Anchor, Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from 'react-hook-form'
import { authOps, type SessionView } from '../../../shared/ops/auth'
import { ROLE_LABELS } from '../../../shared/permissions'
import { ApiCallError, call } from '../api'
import { AuthLayout } from '../components/AuthLayout'
import { FormAlert } from '../components/FormAlert'
import { useApiErrors } from '../forms/useApiErrors'

interface Props {
  session: SessionView
  version?: string
  onUnlocked: (session: SessionView) => void
  onSignOut: () => void
}

/** Locked: nothing of the practice is on screen until the same person types the password. */
export function Unlock({ session, version, onUnlocked, onSignOut }: Props) {
  const form = useForm({
    resolver: zodResolver(authOps['auth.unlock'].input),
    defaultValues: { password: '' },
  })
  const { register, formState, resetField, setFocus } = form
  const api = useApiErrors(form)
  const user = session.user

  const onSubmit = form.handleSubmit(async (values) => {
    api.clear()
    try {
      onUnlocked(await call('auth.unlock', values))
    } catch (error) {
      resetField('password')
      api.report(error)
      if (!(error instanceof ApiCallError && error.field)) setFocus('password')
    }
  })

  return (
    <AuthLayout title="ClaimDesk is locked" version={version}>
      {user && (
        <Text size="sm" data-testid="locked-user">
          Signed in as <strong>{user.fullName}</strong> ({user.username}, {ROLE_LABELS[user.role]}).
        </Text>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {/* Lets a password manager know whose password this is; never shown. */}
          <input
            type="text"
            name="username"
            autoComplete="username"
            value={user?.username ?? ''}
            readOnly
            hidden
          />
          <PasswordInput
            label="Password"
            autoFocus
            autoComplete="current-password"
            error={formState.errors.password?.message}
            {...register('password')}
          />
          <FormAlert message={api.alert} />
          <Button type="submit" loading={formState.isSubmitting} fullWidth>
            Unlock
          </Button>
          <Group justify="center">
            <Anchor component="button" type="button" size="sm" onClick={onSignOut}>
              Not {user?.fullName ?? 'you'}? Sign out
            </Anchor>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  )
}
