import { zodResolver } from '@hookform/resolvers/zod'
import { Autocomplete, Group, Stack, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { Controller, FormProvider, useForm } from 'react-hook-form'
import { Provider, type ProviderInput } from '../../../shared/schemas/provider'
import { COMMON_CREDENTIALS } from '../../../shared/validators/credentials'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'
import { useFocusFirstInvalid } from './RegistrationFocus'
import type { DirectoryFormProps } from './PracticeDirectoryTable'
import { RegistrationFormButtons } from './RegistrationFormButtons'
import { RegistrationNameFields } from './RegistrationNameFields'
import { text } from './RegistrationOptions'

const EMPTY: ProviderInput = {
  lastName: '',
  firstName: '',
  middleName: '',
  suffix: '',
  credentials: '',
  npi: '',
  taxonomyCode: '',
}

/** A rendering provider: the person whose NPI goes on the claim line (837P 2310B). */
export function PracticeProviderForm({ row, onSaved, onClose }: DirectoryFormProps<Provider>) {
  const defaults = row
    ? { ...row.record, middleName: text(row.record.middleName), suffix: text(row.record.suffix) }
    : EMPTY
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(Provider),
    defaultValues: defaults,
  })
  const { register, formState, control } = form
  const errors = formState.errors
  const formRef = useFocusFirstInvalid(form.formState)
  const api = useApiErrors(form, 'record.')

  const onSubmit = form.handleSubmit(async (record) => {
    api.clear()
    try {
      onSaved(await call('providers.save', { id: row?.id, record }))
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
        aria-label="Provider"
      >
        <Stack gap="sm">
          <RegistrationNameFields name="" autoFocus />
          <Group gap="xs" align="flex-start" grow>
            <Controller
              control={control}
              name="credentials"
              render={({ field, fieldState }) => (
                <Autocomplete
                  label="Credentials"
                  description="As printed after the name"
                  placeholder="MD, DO, NP, PA-C…"
                  data={COMMON_CREDENTIALS}
                  error={fieldState.error?.message}
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
            <TextInput
              label="NPI"
              description="The provider's own type-1 NPI"
              inputMode="numeric"
              maxLength={10}
              error={errors.npi?.message}
              {...register('npi')}
            />
            <TextInput
              label="Taxonomy code"
              description="Like 207Q00000X"
              error={errors.taxonomyCode?.message}
              {...register('taxonomyCode')}
            />
          </Group>
          <FormAlert message={api.alert} />
          <RegistrationFormButtons
            label="Save provider"
            busy={formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormProvider>
  )
}
