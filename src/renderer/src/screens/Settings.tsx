import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { OfficeSettings } from '../../../shared/ops/settings'
import { call } from '../api'
import { FormAlert } from '../components/FormAlert'
import { useApiErrors } from '../forms/useApiErrors'
import { useSession } from '../session'
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
    </Stack>
  )
}

function AutoLockForm({ minutes }: { minutes: number }) {
  const { refresh } = useSession()
  const form = useForm({
    resolver: zodResolver(LockForm),
    defaultValues: { autoLockMinutes: minutes },
  })
  const api = useApiErrors(form)
  const [saved, setSaved] = useState(false)

  const onSubmit = form.handleSubmit(async (values) => {
    api.clear()
    setSaved(false)
    try {
      const next = await call('settings.update', values)
      form.reset({ autoLockMinutes: next.autoLockMinutes })
      setSaved(true)
      void refresh()
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
        <Controller
          control={form.control}
          name="autoLockMinutes"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Lock after this many idle minutes"
              description="Locks any ClaimDesk window nobody has typed in or clicked for this long."
              autoFocus
              w={260}
              min={1}
              max={240}
              allowDecimal={false}
              error={fieldState.error?.message}
              name={field.name}
              ref={field.ref}
              value={field.value}
              onBlur={field.onBlur}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
            />
          )}
        />
        <FormAlert message={api.alert} />
        {saved && !form.formState.isDirty && (
          <Alert color="teal" variant="light" role="status">
            Saved.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            Save
          </Button>
          <Text size="xs" c="dimmed">
            Ctrl+S saves
          </Text>
        </Group>
      </Stack>
    </form>
  )
}
