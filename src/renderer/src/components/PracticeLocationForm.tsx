import { zodResolver } from '@hookform/resolvers/zod'
import { Group, Stack, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { FormProvider, useForm } from 'react-hook-form'
import { Location, type LocationInput } from '../../../shared/schemas/location'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'
import { useFocusFirstInvalid } from './RegistrationFocus'
import type { DirectoryFormProps } from './PracticeDirectoryTable'
import { RegistrationAddressFields } from './RegistrationAddressFields'
import { RegistrationFormButtons } from './RegistrationFormButtons'
import { BLANK_ADDRESS, text } from './RegistrationOptions'

const EMPTY: LocationInput = {
  name: '',
  address: { ...BLANK_ADDRESS },
  npi: '',
  defaultPlaceOfService: '11',
}

/** Where patients are seen: the service facility on a claim (837P 2310C). */
export function PracticeLocationForm({ row, onSaved, onClose }: DirectoryFormProps<Location>) {
  const defaults: LocationInput = row
    ? {
        ...row.record,
        address: { ...row.record.address, street2: text(row.record.address.street2) },
        npi: text(row.record.npi),
      }
    : EMPTY
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(Location),
    defaultValues: defaults,
  })
  const { register, formState } = form
  const errors = formState.errors
  const formRef = useFocusFirstInvalid(form.formState)
  const api = useApiErrors(form, 'record.')

  const onSubmit = form.handleSubmit(async (record) => {
    api.clear()
    try {
      onSaved(await call('locations.save', { id: row?.id, record }))
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
        aria-label="Service location"
      >
        <Stack gap="sm">
          <TextInput
            label="Location name"
            data-autofocus
            error={errors.name?.message}
            {...register('name')}
          />
          <RegistrationAddressFields
            name="address"
            legend="Street address where patients are seen (no PO box)"
            zipHint="12345-6789"
          />
          <Group gap="xs" align="flex-start" grow>
            <TextInput
              label="Facility NPI"
              description="Only if this location has an NPI of its own"
              inputMode="numeric"
              maxLength={10}
              error={errors.npi?.message}
              {...register('npi')}
            />
            <TextInput
              label="Default place of service"
              description="11 office, 02 telehealth, 10 telehealth at home"
              inputMode="numeric"
              maxLength={2}
              error={errors.defaultPlaceOfService?.message}
              {...register('defaultPlaceOfService')}
            />
          </Group>
          <FormAlert message={api.alert} />
          <RegistrationFormButtons
            label="Save location"
            busy={formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormProvider>
  )
}
