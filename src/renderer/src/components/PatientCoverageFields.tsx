import { UsDateField } from './UsDateInput'
import { Button, Fieldset, Group, NativeSelect, Select, TextInput } from '@mantine/core'
import { Controller, useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import { COVERAGE_ORDERS } from '../../../shared/validators/coveragePeriod'
import { MEDICARE_SECONDARY_TYPES } from '../../../shared/validators/medicareSecondaryType'
import {
  RELATIONSHIP_CODES,
  RELATIONSHIP_LABELS,
  subscriberRequired,
  type RelationshipCode,
} from '../../../shared/validators/relationship'
import type { PayerOption } from './PatientPayerChoices'
import { RegistrationAddressFields } from './RegistrationAddressFields'
import { fieldError } from './RegistrationFieldError'
import { RegistrationMoneyInput } from './RegistrationMoneyInput'
import { RegistrationNameFields } from './RegistrationNameFields'
import { SEX_OPTIONS } from './RegistrationOptions'

const ORDER_OPTIONS = COVERAGE_ORDERS.map((o) => ({
  value: o,
  label: o.charAt(0).toUpperCase() + o.slice(1),
}))
const RELATIONSHIP_OPTIONS = RELATIONSHIP_CODES.map((code) => ({
  value: code,
  label: RELATIONSHIP_LABELS[code],
}))

const MEDICARE_SECONDARY_OPTIONS = [
  { value: '', label: 'Pick why Medicare pays second…' },
  ...MEDICARE_SECONDARY_TYPES.map((t) => ({ value: t.code, label: t.label })),
]

/** Inactive payers leave the picker, except the one this coverage already names. */
function payerOptions(payers: PayerOption[], chosen: unknown) {
  return payers
    .filter((p) => p.active || p.id === chosen)
    .map((p) => ({ value: p.id, label: p.active ? p.name : `${p.name} (inactive)` }))
}

interface Props {
  /** Path of the coverage in the form's values: `coverages.1` or `coverage`. */
  name: string
  payers: PayerOption[]
  /** Put the cursor in the payer picker when the form opens (a dialog with only a coverage). */
  autoFocusPayer?: boolean
  /** The patient's home address when it is not in this form (a coverage added later). */
  patientAddress?: unknown
}

/** One insurance coverage as the card gives it; the subscriber's details when not the patient. */
export function PatientCoverageFields({ name, payers, autoFocusPayer, patientAddress }: Props) {
  const { register, getFieldState, formState, control, getValues, setValue } =
    useFormContext<FieldValues>()
  // Most subscribers (a spouse, a parent) live with the patient: one click copies the address.
  const sameAsPatient = () => {
    const home: unknown = (getValues('patient.address') as unknown) ?? patientAddress
    if (!home || typeof home !== 'object') return
    setValue(`${name}.subscriber.address`, structuredClone(home), {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    })
  }
  const error = (part: string) => fieldError(getFieldState, formState, `${name}.${part}`)
  const relationship = useWatch({ control, name: `${name}.relationship` }) as RelationshipCode
  const order = useWatch({ control, name: `${name}.order` }) as string
  const payerId = useWatch({ control, name: `${name}.payerId` }) as number
  const medicareSecond = order !== 'primary' && payers.some((p) => p.id === payerId && p.medicare)

  return (
    <>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <NativeSelect
          label="Order"
          w={120}
          data={ORDER_OPTIONS}
          error={error('order')}
          {...register(`${name}.order`)}
        />
        <Controller
          control={control}
          name={`${name}.payerId`}
          render={({ field, fieldState }) => (
            <Select<number>
              label="Payer"
              placeholder="Type to find the payer"
              style={{ flex: 2 }}
              data={payerOptions(payers, field.value)}
              searchable
              data-autofocus={autoFocusPayer || undefined}
              selectFirstOptionOnChange
              autoSelectOnBlur
              allowDeselect={false}
              nothingFoundMessage="No payer by that name — add it under Practice → Payers"
              error={fieldState.error?.message}
              name={field.name}
              data-field={field.name}
              ref={field.ref}
              value={
                typeof field.value === 'number' && !Number.isNaN(field.value) ? field.value : null
              }
              onChange={(v) => field.onChange(v ?? Number.NaN)}
              onBlur={field.onBlur}
            />
          )}
        />
        <TextInput
          label="Member ID"
          style={{ flex: 2 }}
          autoComplete="off"
          error={error('memberId')}
          {...register(`${name}.memberId`)}
        />
        <TextInput
          label="Group number"
          style={{ flex: 1 }}
          autoComplete="off"
          error={error('groupNumber')}
          {...register(`${name}.groupNumber`)}
        />
        <TextInput
          label="Plan name"
          style={{ flex: 1 }}
          autoComplete="off"
          error={error('planName')}
          {...register(`${name}.planName`)}
        />
      </Group>
      <Group gap="xs" align="flex-start" wrap="nowrap" mt={4}>
        <NativeSelect
          label="Patient's relationship to subscriber"
          w={260}
          data={RELATIONSHIP_OPTIONS}
          error={error('relationship')}
          {...register(`${name}.relationship`)}
        />
        <UsDateField
          name={`${name}.effectiveDate`}
          label="Effective date"
          w={170}
          error={error('effectiveDate')}
        />
        <UsDateField name={`${name}.endDate`} label="End date" w={170} error={error('endDate')} />
        <RegistrationMoneyInput name={`${name}.copayCents`} label="Copay" />
      </Group>
      {medicareSecond && (
        <NativeSelect
          label="Why Medicare pays second (MSP type)"
          mt={4}
          w={520}
          data={MEDICARE_SECONDARY_OPTIONS}
          error={error('medicareSecondaryType')}
          {...register(`${name}.medicareSecondaryType`, {
            setValueAs: (v: string) => (v === '' ? undefined : v),
          })}
        />
      )}
      {subscriberRequired(relationship) && (
        <Fieldset legend="Subscriber — the insured person, as on the card" mt="xs">
          <RegistrationNameFields name={`${name}.subscriber`} />
          <Group gap="xs" align="flex-start" mt={4}>
            <UsDateField
              name={`${name}.subscriber.dob`}
              label="Date of birth"
              w={160}
              error={error('subscriber.dob')}
            />
            <NativeSelect
              label="Sex"
              w={150}
              data={SEX_OPTIONS}
              error={error('subscriber.sex')}
              {...register(`${name}.subscriber.sex`)}
            />
          </Group>
          <Group justify="flex-end" mt="xs" mb={-28}>
            <Button
              size="compact-xs"
              variant="light"
              onClick={sameAsPatient}
              title="Copy the patient's home address into the subscriber's"
            >
              Same as patient
            </Button>
          </Group>
          <RegistrationAddressFields
            name={`${name}.subscriber.address`}
            legend="Subscriber address"
          />
        </Fieldset>
      )}
    </>
  )
}
