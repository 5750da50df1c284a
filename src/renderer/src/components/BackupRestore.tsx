import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, PasswordInput, Stack, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { backupOps } from '../../../shared/ops/backup'
import type { OpInput, OpOutput } from '../../../shared/api'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { ConfirmDialog } from './ConfirmDialog'
import { FormAlert } from './FormAlert'

type Restore = OpInput<'backup.restore'>

interface Props {
  /** A file picked from the list of backups (the form is remounted when it changes). */
  file: string
  onRestored: (restored: OpOutput<'backup.restore'>) => void
}

/** Replaces the practice data with a backup: asked twice, because it signs everyone out. */
export function BackupRestore({ file, onRestored }: Props) {
  const form = useForm({
    resolver: zodResolver(backupOps['backup.restore'].input),
    defaultValues: { file, password: '' },
  })
  const { register, formState } = form
  const errors = formState.errors
  const api = useApiErrors(form)
  const [pending, setPending] = useState<Restore | null>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = form.handleSubmit((values) => {
    api.clear()
    setPending(values)
  })

  async function restore(values: Restore) {
    setBusy(true)
    try {
      const restored = await call('backup.restore', values)
      setPending(null)
      onRestored(restored)
    } catch (error) {
      setPending(null)
      api.report(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Restore from a backup">
      <Stack gap="sm" maw={640}>
        <Title order={3}>Restore</Title>
        <TextInput
          label="Backup file to restore"
          spellCheck={false}
          error={errors.file?.message}
          {...register('file')}
        />
        <PasswordInput
          label="Your password"
          description="As it was when the backup was made."
          autoFocus={file !== ''}
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <FormAlert message={api.alert} />
        <Group>
          <Button type="submit" color="red" variant="light">
            Restore…
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={pending !== null}
        title="Replace the practice data?"
        confirmLabel="Replace data and sign everyone out"
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && void restore(pending)}
      >
        Everything entered since <strong>{pending?.file}</strong> was made will be replaced by the
        backup. Everyone using ClaimDesk is signed out and must sign in again. The backup is checked
        before anything is replaced.
      </ConfirmDialog>
    </form>
  )
}
