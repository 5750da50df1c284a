import { Button, PasswordInput, Stack, TextInput } from '@mantine/core'
import { z } from 'zod'
import { MIN_PASSWORD_LENGTH } from '../../../shared/password'
import { SetupInput, type SessionView } from '../../../shared/ops/auth'
import { call } from '../api'
import { AuthLayout } from '../components/AuthLayout'
import { FormAlert } from '../components/FormAlert'
import { CONFIRM_MESSAGE } from '../forms/useApiErrors'
import { useRecordForm } from '../forms/useRecordForm'

const SetupForm = SetupInput.extend({ confirm: z.string() }).refine(
  (v) => v.admin.password === v.confirm,
  { path: ['confirm'], message: CONFIRM_MESSAGE },
)

export interface SetupDone {
  practiceName: string
  recoveryKey: string
  session: SessionView
}

/** First start in an empty data folder: the practice, its store and its first administrator. */
export function Setup({
  version,
  onDone,
}: {
  version?: string
  onDone: (done: SetupDone) => void
}) {
  const setup = useRecordForm(
    SetupForm,
    { practiceName: '', admin: { username: '', fullName: '', password: '' }, confirm: '' },
    async ({ practiceName, admin }) => {
      const { recoveryKey, session } = await call('setup.create', { practiceName, admin })
      onDone({ practiceName, recoveryKey, session })
    },
    { focus: 'first-registered' },
  )
  const { register, formState } = setup.form
  const errors = formState.errors

  return (
    <AuthLayout
      title="Set up your practice"
      intro="ClaimDesk keeps the practice's data encrypted on this computer. Create the practice and its first administrator: you."
      width={460}
      version={version}
    >
      <form onSubmit={setup.submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Practice name"
            autoFocus
            autoComplete="organization"
            error={errors.practiceName?.message}
            {...register('practiceName')}
          />
          <TextInput
            label="Administrator user name"
            description="What you type to sign in, e.g. jsmith"
            autoComplete="username"
            error={errors.admin?.username?.message}
            {...register('admin.username')}
          />
          <TextInput
            label="Full name"
            autoComplete="name"
            error={errors.admin?.fullName?.message}
            {...register('admin.fullName')}
          />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters; a short sentence works well.`}
            autoComplete="new-password"
            error={errors.admin?.password?.message}
            {...register('admin.password')}
          />
          <PasswordInput
            label="Confirm password"
            autoComplete="new-password"
            error={errors.confirm?.message}
            {...register('confirm')}
          />
          <FormAlert message={setup.api.alert} />
          <Button type="submit" loading={formState.isSubmitting} fullWidth>
            Create practice
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  )
}
