import { zodResolver } from '@hookform/resolvers/zod'
import { Stack, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { FormProvider, useForm } from 'react-hook-form'
import {
  ReferringProvider,
  type ReferringProviderInput,
} from '../../../shared/schemas/referringProvider'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'
import { useFocusFirstInvalid } from './RegistrationFocus'
import type { DirectoryFormProps } from './PracticeDirectoryTable'
import { RegistrationFormButtons } from './RegistrationFormButtons'
import { RegistrationNameFields } from './RegistrationNameFields'
import { text } from './RegistrationOptions'

const EMPTY: ReferringProviderInput = {
  lastName: '',
  firstName: '',
  middleName: '',
  suffix: '',
  npi: '',
}

/** A physician outside the practice who sends patients (837P 2310A). */
export function PracticeReferrerForm({
  row,
  onSaved,
  onClose,
}: DirectoryFormProps<ReferringProvider>) {
  const defaults = row
    ? { ...row.record, middleName: text(row.record.middleName), suffix: text(row.record.suffix) }
    : EMPTY
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(ReferringProvider),
    defaultValues: defaults,
  })
  const { register, formState } = form
  const formRef = useFocusFirstInvalid(form.formState)
  const api = useApiErrors(form, 'record.')

  const onSubmit = form.handleSubmit(async (record) => {
    api.clear()
    try {
      onSaved(await call('referrers.save', { id: row?.id, record }))
    } catch (error) {
      api.report(error)
    }
  })

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        onKeyDown={getHotkeyHandler([['mod+S', () => void onSubmit()]])}
        noValidate
        aria-label="Referring provider"
      >
        <Stack gap="sm">
          <RegistrationNameFields name="" autoFocus />
          <TextInput
            label="NPI"
            description="The referring physician's type-1 NPI, from the referral or NPPES"
            inputMode="numeric"
            maxLength={10}
            w={260}
            error={formState.errors.npi?.message}
            {...register('npi')}
          />
          <FormAlert message={api.alert} />
          <RegistrationFormButtons
            label="Save referring provider"
            busy={formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormProvider>
  )
}
