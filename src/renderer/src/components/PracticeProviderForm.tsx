import { Autocomplete, Group, TextInput } from '@mantine/core'
import { Controller } from 'react-hook-form'
import { Provider, type ProviderInput } from '../../../shared/schemas/provider'
import { COMMON_CREDENTIALS } from '../../../shared/validators/credentials'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import type { DirectoryFormProps } from './PracticeDirectoryTable'
import { RecordForm } from './RecordForm'
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
  ptan: '',
  stateLicense: '',
}

/** A rendering provider: the person whose NPI goes on the claim line (837P 2310B). */
export function PracticeProviderForm({ row, onSaved, onClose }: DirectoryFormProps<Provider>) {
  const defaults = row
    ? {
        ...row.record,
        middleName: text(row.record.middleName),
        suffix: text(row.record.suffix),
        ptan: text(row.record.ptan),
        stateLicense: text(row.record.stateLicense),
      }
    : EMPTY
  const provider = useRecordForm(
    Provider,
    defaults,
    async (record) => onSaved(await call('providers.save', { id: row?.id, record })),
    { prefix: 'record.' },
  )
  const { register, formState, control } = provider.form
  const errors = formState.errors

  return (
    <RecordForm record={provider} label="Provider" saveLabel="Save provider" onCancel={onClose}>
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
      <Group gap="xs" align="flex-start" grow>
        <TextInput
          label="PTAN"
          description="Medicare's number for the provider, from the enrollment letter"
          autoComplete="off"
          error={errors.ptan?.message}
          {...register('ptan')}
        />
        <TextInput
          label="State license"
          description="The state medical license number"
          autoComplete="off"
          error={errors.stateLicense?.message}
          {...register('stateLicense')}
        />
      </Group>
    </RecordForm>
  )
}
