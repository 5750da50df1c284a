import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core'
import { Payer, type PayerInput } from '../../../shared/schemas/payer'
import { CLAIM_FILING_INDICATORS } from '../../../shared/validators/claimFilingIndicator'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import type { DirectoryFormProps } from './PracticeDirectoryTable'
import { RecordForm } from './RecordForm'
import { RegistrationAddressFields } from './RegistrationAddressFields'
import { WholeNumberInput } from './WholeNumberInput'
import { BLANK_ADDRESS, text } from './RegistrationOptions'

const FILING_OPTIONS = [
  { value: '', label: 'Pick the kind of plan…' },
  ...CLAIM_FILING_INDICATORS.map((c) => ({ value: c.code, label: `${c.code} — ${c.label}` })),
]

const EMPTY: PayerInput = {
  name: '',
  clearinghousePayerId: '',
  claimFilingIndicator: '' as PayerInput['claimFilingIndicator'],
  claimsAddress: { ...BLANK_ADDRESS },
  timelyFilingDays: 365,
  followUpDays: 30,
  acceptsElectronicClaims: true,
  requiresPriorAuthorization: false,
  medigap: false,
}

function formValues(payer: Payer): PayerInput {
  const address = payer.claimsAddress
  return {
    ...payer,
    claimsAddress: address ? { ...address, street2: text(address.street2) } : { ...BLANK_ADDRESS },
  }
}

/** An insurance plan the practice bills (837P 2010BB, SBR09). */
export function PracticePayerForm({ row, onSaved, onClose }: DirectoryFormProps<Payer>) {
  const payer = useRecordForm(
    Payer,
    row ? formValues(row.record) : EMPTY,
    async (record) => onSaved(await call('payers.save', { id: row?.id, record })),
    { prefix: 'record.' },
  )
  const { register, formState } = payer.form
  const errors = formState.errors

  return (
    <RecordForm record={payer} label="Payer" saveLabel="Save payer" onCancel={onClose}>
      <Group gap="xs" align="flex-start" grow>
        <TextInput
          label="Payer name"
          data-autofocus
          error={errors.name?.message}
          {...register('name')}
        />
        <TextInput
          label="Payer ID"
          description="From the clearinghouse's payer list"
          error={errors.clearinghousePayerId?.message}
          {...register('clearinghousePayerId')}
        />
      </Group>
      <Group gap="xs" align="flex-start" grow>
        <NativeSelect
          label="Claim filing indicator"
          description="The kind of plan (837P SBR09)"
          data={FILING_OPTIONS}
          error={errors.claimFilingIndicator?.message}
          {...register('claimFilingIndicator')}
        />
        <WholeNumberInput
          name="timelyFilingDays"
          label="Timely filing limit (days)"
          description="From the date of service"
          min={1}
          max={730}
        />
        <WholeNumberInput
          name="followUpDays"
          label="Follow up after (days)"
          description="Without an answer"
          min={1}
          max={365}
        />
      </Group>
      <Group gap="lg">
        <Checkbox
          label="Accepts electronic claims"
          error={errors.acceptsElectronicClaims?.message}
          {...register('acceptsElectronicClaims')}
        />
        <Checkbox
          label="Requires prior authorization"
          error={errors.requiresPriorAuthorization?.message}
          {...register('requiresPriorAuthorization')}
        />
        <Checkbox
          label="Medigap (Medicare supplement) plan"
          error={errors.medigap?.message}
          {...register('medigap')}
        />
      </Group>
      <RegistrationAddressFields
        name="claimsAddress"
        legend="Claims address — for paper claims and appeals (leave empty if electronic only)"
      />
    </RecordForm>
  )
}
