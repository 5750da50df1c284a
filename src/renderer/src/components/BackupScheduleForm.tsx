import { Alert, Button, Group, Stack, Switch, TextInput } from '@mantine/core'
import { FormProvider } from 'react-hook-form'
import { BackupSchedule } from '../../../shared/ops/backup'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import { FormAlert } from './FormAlert'
import { WholeNumberInput } from './WholeNumberInput'

interface Props {
  schedule: BackupSchedule
  onSaved: () => void
}

/** Where and when backups go; saved as office settings, so only settings.manage may change it. */
export function BackupScheduleForm({ schedule, onSaved }: Props) {
  const backup = useRecordForm(
    BackupSchedule,
    schedule,
    async (values, form) => {
      const settings = await call('settings.update', { backup: values })
      form.reset(settings.backup)
      onSaved()
    },
    { prefix: 'backup.', focus: 'first-registered' },
  )
  const { register, formState } = backup.form
  const errors = formState.errors

  return (
    <FormProvider {...backup.form}>
      <form {...backup.formProps}>
        <Stack gap="sm" maw={640}>
          <TextInput
            label="Backup folder"
            description="Full path of a folder on another disk or a network share, e.g. E:\ClaimDesk backups"
            spellCheck={false}
            error={errors.folder?.message}
            {...register('folder', {
              setValueAs: (v: string | null) => (v && v.trim() !== '' ? v : null),
            })}
          />
          <Group gap="md" align="flex-start">
            <Switch label="Back up daily" mt={28} {...register('daily')} />
            <TextInput
              label="Time (HH:MM)"
              w={120}
              error={errors.time?.message}
              {...register('time')}
            />
            <WholeNumberInput name="keep" label="Keep newest" w={120} min={1} max={365} />
          </Group>
          <FormAlert message={backup.api.alert} />
          {backup.saved && !formState.isDirty && (
            <Alert color="teal" variant="light" role="status">
              Backup schedule saved.
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={formState.isSubmitting}>
              Save schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  )
}
