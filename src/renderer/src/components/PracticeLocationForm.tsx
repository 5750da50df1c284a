import { Group, TextInput } from '@mantine/core'
import { Location, type LocationInput } from '../../../shared/schemas/location'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import type { DirectoryFormProps } from './PracticeDirectoryTable'
import { RecordForm } from './RecordForm'
import { RegistrationAddressFields } from './RegistrationAddressFields'
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
  const location = useRecordForm(
    Location,
    defaults,
    async (record) => onSaved(await call('locations.save', { id: row?.id, record })),
    { prefix: 'record.' },
  )
  const { register, formState } = location.form
  const errors = formState.errors

  return (
    <RecordForm
      record={location}
      label="Service location"
      saveLabel="Save location"
      onCancel={onClose}
    >
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
    </RecordForm>
  )
}
