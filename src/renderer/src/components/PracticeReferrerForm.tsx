import { TextInput } from '@mantine/core'
import {
  ReferringProvider,
  type ReferringProviderInput,
} from '../../../shared/schemas/referringProvider'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import type { DirectoryFormProps } from './PracticeDirectoryTable'
import { RecordForm } from './RecordForm'
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
  const referrer = useRecordForm(
    ReferringProvider,
    defaults,
    async (record) => onSaved(await call('referrers.save', { id: row?.id, record })),
    { prefix: 'record.' },
  )
  const { register, formState } = referrer.form

  return (
    <RecordForm
      record={referrer}
      label="Referring provider"
      saveLabel="Save referring provider"
      onCancel={onClose}
    >
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
    </RecordForm>
  )
}
