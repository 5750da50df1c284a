import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { FormProvider } from 'react-hook-form'
import { OfficeSettings } from '../../../shared/ops/settings'
import { call } from '../api'
import { ClearinghouseForm, loadView } from '../components/ClearinghouseForm'
import { FormAlert } from '../components/FormAlert'
import { WholeNumberInput } from '../components/WholeNumberInput'
import { useRecordForm } from '../forms/useRecordForm'
import { may, useSession } from '../session'
import { useLoad } from '../useLoad'

const LockForm = OfficeSettings.pick({ autoLockMinutes: true })
const loadSettings = () => call('settings.get', {})

/** Office-wide settings. The backup schedule lives on the Backup screen. */
export function Settings() {
  const settings = useLoad(loadSettings)
  return (
    <Stack gap="sm" maw={520}>
      <Title order={2}>Settings</Title>
      {settings.error && (
        <Alert color="red" role="alert">
          {settings.error}
        </Alert>
      )}
      {settings.data && <AutoLockForm minutes={settings.data.autoLockMinutes} />}
      <ClearinghouseSection />
    </Stack>
  )
}

function ClearinghouseSection() {
  const { session } = useSession()
  const view = useLoad(loadView)
  if (!may(session, 'clearinghouse.manage')) return null
  if (view.error) {
    return (
      <Alert color="red" role="alert">
        {view.error}
      </Alert>
    )
  }
  return view.data ? (
    <ClearinghouseForm view={view.data} onSaved={() => void view.reload()} />
  ) : null
}

function AutoLockForm({ minutes }: { minutes: number }) {
  const { refresh } = useSession()
  const lock = useRecordForm(
    LockForm,
    { autoLockMinutes: minutes },
    async (values, form) => {
      const next = await call('settings.update', values)
      form.reset({ autoLockMinutes: next.autoLockMinutes })
      void refresh()
    },
    { focus: 'first-registered' },
  )

  return (
    <FormProvider {...lock.form}>
      <form {...lock.formProps}>
        <Stack gap="sm">
          <WholeNumberInput
            name="autoLockMinutes"
            label="Lock after this many idle minutes"
            description="Locks any ClaimDesk window nobody has typed in or clicked for this long."
            autoFocus
            w={260}
            min={1}
            max={240}
          />
          <FormAlert message={lock.api.alert} />
          {lock.saved && !lock.form.formState.isDirty && (
            <Alert color="teal" variant="light" role="status">
              Saved.
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={lock.form.formState.isSubmitting}>
              Save
            </Button>
            <Text size="xs" c="dimmed">
              Ctrl+S saves
            </Text>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  )
}
