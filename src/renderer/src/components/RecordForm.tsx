import { Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { FormProvider, type FieldValues } from 'react-hook-form'
import { leaveIfConfirmed } from '../forms/unsaved'
import type { RecordFormHandle } from '../forms/useRecordForm'
import { FormAlert } from './FormAlert'
import { RegistrationFormButtons } from './RegistrationFormButtons'

interface Props<Input extends FieldValues, Output extends FieldValues> {
  record: RecordFormHandle<Input, Output>
  /** The form's accessible name. */
  label?: string
  saveLabel: string
  onCancel: () => void
  /** Name Ctrl+S and Esc beside the buttons (a dialog leaves them out). */
  keysHint?: boolean
  children: ReactNode
}

/** One record's fields, main's refusal that names none of them, then Cancel and Save. */
export function RecordForm<Input extends FieldValues, Output extends FieldValues>({
  record,
  label,
  saveLabel,
  onCancel,
  keysHint,
  children,
}: Props<Input, Output>) {
  return (
    <FormProvider {...record.form}>
      <form {...record.formProps} aria-label={label}>
        <Stack gap="sm">
          {children}
          <FormAlert message={record.api.alert} />
          <RegistrationFormButtons
            label={saveLabel}
            busy={record.form.formState.isSubmitting}
            onCancel={leaveIfConfirmed(onCancel)}
            keysHint={keysHint}
          />
        </Stack>
      </form>
    </FormProvider>
  )
}
