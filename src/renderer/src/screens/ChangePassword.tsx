import { Anchor, Group, Stack, Title } from '@mantine/core'
import type { SessionView } from '../../../shared/ops/auth'
import { AuthLayout } from '../components/AuthLayout'
import { ChangePasswordForm } from '../components/ChangePasswordForm'

type Props =
  | {
      /** First sign-in with a password an administrator chose: nothing else until it changes. */
      required: true
      version?: string
      onChanged: (session: SessionView) => void
      onSignOut: () => void
    }
  | { required?: false; onChanged: (session: SessionView) => void; onCancel: () => void }

export function ChangePassword(props: Props) {
  if (props.required) {
    return (
      <AuthLayout
        title="Choose your own password"
        intro="An administrator gave you a first password. Replace it with one only you know before you continue."
        version={props.version}
      >
        <ChangePasswordForm onChanged={props.onChanged} />
        <Group justify="center">
          <Anchor component="button" type="button" size="sm" onClick={props.onSignOut}>
            Sign out
          </Anchor>
        </Group>
      </AuthLayout>
    )
  }
  return (
    <Stack gap="sm" maw={420}>
      <Title order={2}>Change password</Title>
      <ChangePasswordForm onChanged={props.onChanged} onCancel={props.onCancel} />
    </Stack>
  )
}
