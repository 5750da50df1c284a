import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Group, NumberInput, Stack, Switch, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { BackupSchedule } from '../../../shared/ops/backup'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'

interface Props {
  schedule: BackupSchedule
  onSaved: () => void
}

/** Where and when backups go; saved as office settings, so only settings.manage may change it. */
export function BackupScheduleForm({ schedule, onSaved }: Props) {
  const form = useForm({ resolver: zodResolver(BackupSchedule), defaultValues: schedule })
  const { register, formState, control } = form
  const errors = formState.errors
  const api = useApiErrors(form, 'backup.')
  const [saved, setSaved] = useState(false)

  const onSubmit = form.handleSubmit(async (backup) => {
    api.clear()
    setSaved(false)
    try {
      const settings = await call('settings.update', { backup })
      form.reset(settings.backup)
      setSaved(true)
      onSaved()
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
          <Controller
            control={control}
            name="keep"
            render={({ field }) => (
              <NumberInput
                label="Keep newest"
                w={120}
                min={1}
                max={365}
                allowDecimal={false}
                error={errors.keep?.message}
                name={field.name}
                ref={field.ref}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
              />
            )}
          />
        </Group>
        <FormAlert message={api.alert} />
        {saved && !formState.isDirty && (
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
  )
}
