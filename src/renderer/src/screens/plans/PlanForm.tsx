import { Alert, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import type { OpOutput } from '../../../../shared/api'
import {
  FREQUENCY_LABELS,
  PLAN_FREQUENCIES,
  type PlanRequestInput,
  type PlanView,
} from '../../../../shared/ops/plans'
import { call } from '../../api'
import { RecordForm } from '../../components/RecordForm'
import { RegistrationMoneyInput } from '../../components/RegistrationMoneyInput'
import { WholeNumberInput } from '../../components/WholeNumberInput'
import { messageOf } from '../../forms/useApiErrors'
import { useRecordForm } from '../../forms/useRecordForm'
import { money } from '../payments/money'
import { PlanSchedule } from './PlanSchedule'

const optionalCents = z.number().int('Use whole cents').min(0, 'Cannot be negative').nullable()

const PlanValues = z
  .object({
    totalCents: optionalCents,
    downPaymentCents: optionalCents,
    by: z.enum(['amount', 'count']),
    installmentCents: optionalCents,
    installments: z.number().nullable(),
    frequency: z.enum(PLAN_FREQUENCIES),
    firstDue: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the first due date'),
    remainder: z.enum(['first', 'last']),
  })
  .superRefine((v, ctx) => {
    if (v.by === 'amount' && !v.installmentCents)
      ctx.addIssue({ code: 'custom', path: ['installmentCents'], message: 'Enter the installment' })
    if (v.by === 'count' && !(Number.isInteger(v.installments) && (v.installments ?? 0) >= 1))
      ctx.addIssue({ code: 'custom', path: ['installments'], message: 'Enter how many, 1 or more' })
  })
type Values = z.infer<typeof PlanValues>

function request(accountNo: string, v: Values, replace: boolean): PlanRequestInput {
  return {
    accountNo,
    totalCents: v.totalCents ?? undefined,
    downPaymentCents: v.downPaymentCents ?? undefined,
    installmentCents: v.by === 'amount' ? (v.installmentCents ?? undefined) : undefined,
    installments: v.by === 'count' ? (v.installments ?? undefined) : undefined,
    frequency: v.frequency,
    firstDue: v.firstDue,
    remainder: v.remainder,
    replace,
  }
}

interface Props {
  accountNo: string
  /** Replaces the active plan (to take in a newer balance). */
  replace: boolean
  onSaved: (plan: PlanView) => void
  onCancel: () => void
}

/** New payment plan: the terms, with the schedule they make shown before anything is saved. */
export function PlanForm({ accountNo, replace, onSaved, onCancel }: Props) {
  const record = useRecordForm(
    PlanValues,
    {
      totalCents: null,
      downPaymentCents: null,
      by: 'amount',
      installmentCents: null,
      installments: null,
      frequency: 'monthly',
      firstDue: '',
      remainder: 'last',
    },
    async (values) => onSaved(await call('plans.create', request(accountNo, values, replace))),
    { focus: 'first-registered' },
  )
  const { register, control, setValue, formState } = record.form
  const values = useWatch({ control }) as Values
  const by = values.by
  // The schedule main worked out, and for which terms: a stale one is not shown.
  const [result, setResult] = useState<{
    key: string
    preview: OpOutput<'plans.preview'> | null
    error: string | null
  } | null>(null)

  // Ask main for the schedule as the terms change (it owns the rules), after a short pause.
  const key = JSON.stringify(values)
  useEffect(() => {
    const parsed = PlanValues.safeParse(JSON.parse(key))
    if (!parsed.success) return
    let live = true
    const timer = setTimeout(() => {
      call('plans.preview', request(accountNo, parsed.data, replace))
        .then((preview) => {
          if (live) setResult({ key, preview, error: null })
        })
        .catch((e: unknown) => {
          if (live) setResult({ key, preview: null, error: messageOf(e) })
        })
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [key, accountNo, replace])
  const current = result?.key === key ? result : null
  const preview = current?.preview ?? null
  const previewError = current?.error ?? null

  return (
    <RecordForm record={record} label="New payment plan" saveLabel="Start plan" onCancel={onCancel}>
      <Group align="flex-start">
        <RegistrationMoneyInput
          name="totalCents"
          label="Plan total (blank: whole balance)"
          w={220}
          autoFocus
        />
        <RegistrationMoneyInput name="downPaymentCents" label="Down payment (due today)" w={200} />
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Installments by
        </Text>
        <SegmentedControl
          aria-label="Installments by"
          w={320}
          value={by}
          onChange={(v) => setValue('by', v as 'amount' | 'count')}
          data={[
            { value: 'amount', label: 'Amount each' },
            { value: 'count', label: 'Number of installments' },
          ]}
        />
      </Stack>
      <Group align="flex-start">
        {by === 'amount' ? (
          <RegistrationMoneyInput name="installmentCents" label="Each installment" w={160} />
        ) : (
          <WholeNumberInput name="installments" label="How many" w={120} min={1} max={120} />
        )}
        <NativeSelect
          label="How often"
          w={170}
          data={PLAN_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
          {...register('frequency')}
        />
        <TextInput
          label="First installment due"
          type="date"
          w={180}
          error={formState.errors.firstDue?.message}
          {...register('firstDue')}
        />
        <NativeSelect
          label="Odd cents on"
          w={170}
          data={[
            { value: 'last', label: 'Last installment' },
            { value: 'first', label: 'First installment' },
          ]}
          {...register('remainder')}
        />
      </Group>
      {values.frequency === 'monthly' && (
        <Text size="xs" c="dimmed">
          A day a month does not have (the 31st, or the 29th–30th in February) falls on that month’s
          last day.
        </Text>
      )}
      {previewError && (
        <Alert color="orange" variant="light" role="alert">
          {previewError}
        </Alert>
      )}
      {preview && (
        <Stack gap={4} data-testid="plan-preview">
          <Text size="sm">
            {preview.guarantor} owes {money(preview.accountBalanceCents)}; this plan covers{' '}
            <strong>{money(preview.totalCents)}</strong> in {preview.items.length}{' '}
            {preview.items.length === 1 ? 'payment' : 'payments'}.
          </Text>
          <PlanSchedule items={preview.items} label="Schedule preview" />
        </Stack>
      )}
    </RecordForm>
  )
}
