import { zodResolver } from '@hookform/resolvers/zod'
import { Checkbox, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { Controller, FormProvider, useForm } from 'react-hook-form'
import { Payer, type PayerInput } from '../../../shared/schemas/payer'
import { CLAIM_FILING_INDICATORS } from '../../../shared/validators/claimFilingIndicator'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'
import { useFocusFirstInvalid } from './RegistrationFocus'
import type { DirectoryFormProps } from './PracticeDirectoryTable'
import { RegistrationAddressFields } from './RegistrationAddressFields'
import { RegistrationFormButtons } from './RegistrationFormButtons'
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
  acceptsElectronicClaims: true,
  requiresPriorAuthorization: false,
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
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(Payer),
    defaultValues: row ? formValues(row.record) : EMPTY,
  })
  const { register, formState, control } = form
  const errors = formState.errors
  const formRef = useFocusFirstInvalid(form.formState)
  const api = useApiErrors(form, 'record.')

  const onSubmit = form.handleSubmit(async (record) => {
    api.clear()
    try {
      onSaved(await call('payers.save', { id: row?.id, record }))
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
        aria-label="Payer"
      >
        <Stack gap="sm">
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
            <Controller
              control={control}
              name="timelyFilingDays"
              render={({ field, fieldState }) => (
                <NumberInput
                  label="Timely filing limit (days)"
                  description="From the date of service"
                  min={1}
                  max={730}
                  allowDecimal={false}
                  error={fieldState.error?.message}
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onBlur={field.onBlur}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                />
              )}
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
          </Group>
          <RegistrationAddressFields
            name="claimsAddress"
            legend="Claims address — for paper claims and appeals (leave empty if electronic only)"
          />
          <FormAlert message={api.alert} />
          <RegistrationFormButtons
            label="Save payer"
            busy={formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormProvider>
  )
}
