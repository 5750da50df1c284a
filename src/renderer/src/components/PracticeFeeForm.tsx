import { ActionIcon, Button, Group, NativeSelect, Text, TextInput } from '@mantine/core'
import { Controller, useFieldArray } from 'react-hook-form'
import type { OpOutput } from '../../../shared/api'
import { FeeScheduleEntry, type FeeScheduleEntryInput } from '../../../shared/schemas/feeSchedule'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import { RecordForm } from './RecordForm'
import { RegistrationMoneyInput } from './RegistrationMoneyInput'

export type FeeRow = OpOutput<'fees.list'>[number]
export interface PayerChoice {
  id: number
  name: string
}

interface Props {
  /** The row being changed (its code stays), or null when adding a code. */
  fee: FeeRow | null
  payers: PayerChoice[]
  onSaved: (fee: FeeRow) => void
  onClose: () => void
  /** Adding a code that is already on the schedule: open that code's own row instead. */
  onEditExisting?: (code: string) => void
}

/** A code's charge, and what each payer is expected to allow for it. */
export function PracticeFeeForm({ fee, payers, onSaved, onClose, onEditExisting }: Props) {
  const defaults: FeeScheduleEntryInput = fee
    ? { code: fee.code, chargeCents: fee.chargeCents, expectedAllowed: fee.expectedAllowed }
    : { code: '', chargeCents: Number.NaN, expectedAllowed: [] }
  const entry = useRecordForm(FeeScheduleEntry, defaults, async (values) =>
    onSaved(await call('fees.save', fee ? values : { ...values, adding: true })),
  )
  const { register, formState, control } = entry.form
  const errors = formState.errors
  const allowed = useFieldArray({ control, name: 'expectedAllowed' })
  const payerOptions = [
    { value: '', label: 'Payer…' },
    ...payers.map((p) => ({ value: String(p.id), label: p.name })),
  ]

  return (
    <RecordForm record={entry} label="Fee" saveLabel="Save fee" onCancel={onClose}>
      <Group gap="xs" align="flex-start">
        <TextInput
          label="Code"
          placeholder="CPT or HCPCS, like 99213"
          w={200}
          data-autofocus={fee ? undefined : true}
          readOnly={fee !== null}
          error={errors.code?.message}
          {...register('code')}
        />
        <RegistrationMoneyInput name="chargeCents" label="Charge" w={160} autoFocus={!!fee} />
        {!fee &&
          onEditExisting &&
          errors.code?.message?.includes('already on the fee schedule') && (
            <Button
              mt={24}
              variant="light"
              onClick={() => {
                const code = entry.form.getValues('code').trim().toUpperCase()
                // Leaving the add form for the code's own row: nothing typed here is kept.
                entry.form.reset()
                onEditExisting(code)
              }}
            >
              Edit {entry.form.getValues('code').trim().toUpperCase()} instead
            </Button>
          )}
      </Group>
      <Text size="sm" fw={500}>
        Expected allowed amounts
      </Text>
      {allowed.fields.length === 0 && (
        <Text size="xs" c="dimmed">
          None yet: add what a payer is expected to allow, to spot underpayments.
        </Text>
      )}
      {allowed.fields.map((row, index) => (
        <Group key={row.id} gap="xs" align="flex-start">
          <Controller
            control={control}
            name={`expectedAllowed.${index}.payerId`}
            render={({ field, fieldState }) => (
              <NativeSelect
                label="Payer"
                w={280}
                data={payerOptions}
                error={fieldState.error?.message}
                name={field.name}
                ref={field.ref}
                value={Number.isNaN(field.value) ? '' : String(field.value)}
                onBlur={field.onBlur}
                onChange={(e) => {
                  const v = e.currentTarget.value
                  field.onChange(v === '' ? Number.NaN : Number(v))
                }}
              />
            )}
          />
          <RegistrationMoneyInput
            name={`expectedAllowed.${index}.allowedCents`}
            label="Expected allowed"
            w={160}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            aria-label={`Remove expected allowed row ${index + 1}`}
            onClick={() => allowed.remove(index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="default"
          onClick={() => allowed.append({ payerId: Number.NaN, allowedCents: Number.NaN })}
        >
          Add payer amount
        </Button>
      </Group>
    </RecordForm>
  )
}
