import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useForm } from 'react-hook-form'
import { authOps, type SessionView } from '../../../shared/ops/auth'
import { ApiCallError, call } from '../api'
import { AuthLayout } from '../components/AuthLayout'
import { FormAlert } from '../components/FormAlert'
import { useApiErrors } from '../forms/useApiErrors'

interface Props {
  version?: string
  /** Why this person is here again, e.g. after a restore signed everyone out. */
  notice?: string | null
  onSignedIn: (session: SessionView) => void
  onRecover: () => void
}

export function Login({ version, notice, onSignedIn, onRecover }: Props) {
  const form = useForm({
    resolver: zodResolver(authOps['auth.login'].input),
    defaultValues: { username: '', password: '' },
  })
  const { register, formState, setFocus, resetField } = form
  const errors = formState.errors
  const api = useApiErrors(form)

  const onSubmit = form.handleSubmit(async (values) => {
    api.clear()
    try {
      onSignedIn(await call('auth.login', values))
    } catch (error) {
      // Wrong password or throttled: the next thing to type is the password again.
      resetField('password')
      api.report(error)
      if (!(error instanceof ApiCallError && error.field)) setFocus('password')
    }
  })

  return (
    <AuthLayout title="Sign in" version={version}>
      {notice && (
        <Alert color="teal" variant="light" role="status" data-testid="sign-in-notice">
          {notice}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="User name"
            autoFocus
            autoComplete="username"
            error={errors.username?.message}
            {...register('username')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            error={errors.password?.message}
            {...register('password')}
          />
          <FormAlert message={api.alert} />
          <Button type="submit" loading={formState.isSubmitting} fullWidth>
            Sign in
          </Button>
          <Group justify="center">
            <Anchor component="button" type="button" size="sm" onClick={onRecover}>
              Forgot password? Use the recovery key
            </Anchor>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  )
}
