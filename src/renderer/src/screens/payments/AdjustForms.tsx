import { formatDate } from '../../../../shared/usFormat'
import { NativeSelect, TextInput } from '@mantine/core'
import { z } from 'zod'
import type { LedgerVisit } from '../../../../shared/ops/payments'
import {
  CARD_LAST4_MESSAGE,
  WRITE_OFF_CATEGORIES,
  WRITE_OFF_CATEGORY_LABELS,
} from '../../../../shared/ops/payments'
import { centsAmount } from '../../../../shared/validators/cents'
import { call } from '../../api'
import { RecordForm } from '../../components/RecordForm'
import { RegistrationMoneyInput } from '../../components/RegistrationMoneyInput'
import { useRecordForm } from '../../forms/useRecordForm'
import { money } from './money'

const reason = z.string().trim().min(3, 'Say why, in a few words: the ledger keeps it')

const WriteOffValues = z.object({
  visitId: z.coerce.number().int().positive('Pick the visit'),
  amountCents: centsAmount('Write-off amount', 1),
  category: z.enum(WRITE_OFF_CATEGORIES),
  reason,
})

interface WriteOffProps {
  patientId: number
  visits: readonly LedgerVisit[]
  onDone: (message: string) => void
  onCancel: () => void
}

/** Write off what the patient owes on one visit, with its kind and a reason. */
export function WriteOffForm({ patientId, visits, onDone, onCancel }: WriteOffProps) {
  const open = visits.filter((v) => v.patientBalanceCents > 0)
  const first = open[0]
  const record = useRecordForm(
    WriteOffValues,
    {
      visitId: first?.visitId ?? 0,
      amountCents: first?.patientBalanceCents ?? (null as unknown as number),
      category: 'small_balance',
      reason: '',
    },
    async (v) => {
      const r = await call('payments.writeOff', { patientId, ...v })
      onDone(
        `Wrote off ${money(r.writtenOffCents)}. The patient now owes ${money(r.patientBalanceCents)}.`,
      )
    },
    { focus: 'first-registered' },
  )
  const { register, formState } = record.form
  return (
    <RecordForm
      record={record}
      label="Write-off"
      saveLabel="Write off"
      onCancel={onCancel}
      keysHint={false}
    >
      <NativeSelect
        label="Visit"
        data={open.map((v) => ({
          value: String(v.visitId),
          label: `${formatDate(v.dateOfService)} — visit #${v.visitId} — patient owes ${money(v.patientBalanceCents)}`,
        }))}
        error={formState.errors.visitId?.message}
        {...register('visitId')}
      />
      <RegistrationMoneyInput name="amountCents" label="Amount" />
      <NativeSelect
        label="Kind of write-off"
        data={WRITE_OFF_CATEGORIES.map((c) => ({ value: c, label: WRITE_OFF_CATEGORY_LABELS[c] }))}
        {...register('category')}
      />
      <TextInput label="Reason" error={formState.errors.reason?.message} {...register('reason')} />
    </RecordForm>
  )
}

const RefundValues = z
  .object({
    amountCents: centsAmount('Refund amount', 1),
    method: z.enum(['cash', 'check', 'card']),
    checkNumber: z.string().trim(),
    cardLast4: z.string().trim(),
    reason,
  })
  .superRefine((v, ctx) => {
    if (v.method === 'check' && v.checkNumber === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['checkNumber'],
        message: 'Enter the refund check number.',
      })
    }
    if (v.method === 'card' && !/^\d{4}$/.test(v.cardLast4)) {
      ctx.addIssue({ code: 'custom', path: ['cardLast4'], message: CARD_LAST4_MESSAGE })
    }
  })

interface RefundProps {
  patientId: number
  creditCents: number
  onDone: (message: string) => void
  onCancel: () => void
}

/** Give back unapplied credit. */
export function RefundForm({ patientId, creditCents, onDone, onCancel }: RefundProps) {
  const record = useRecordForm(
    RefundValues,
    { amountCents: creditCents, method: 'check', checkNumber: '', cardLast4: '', reason: '' },
    async (v) => {
      const r = await call('payments.refund', {
        patientId,
        amountCents: v.amountCents,
        method: v.method,
        checkNumber: v.method === 'check' ? v.checkNumber : undefined,
        cardLast4: v.method === 'card' ? v.cardLast4 : undefined,
        reason: v.reason,
      })
      onDone(
        `Refunded ${money(r.refundedCents)}. Credit left on the account: ${money(r.creditCents)}.`,
      )
    },
    { focus: 'first-registered' },
  )
  const { register, formState } = record.form
  return (
    <RecordForm
      record={record}
      label="Refund"
      saveLabel="Refund"
      onCancel={onCancel}
      keysHint={false}
    >
      <RegistrationMoneyInput
        name="amountCents"
        label={`Amount (credit ${money(creditCents)})`}
        w={200}
      />
      <NativeSelect
        label="Paid back by"
        data={[
          { value: 'check', label: 'Check' },
          { value: 'cash', label: 'Cash' },
          { value: 'card', label: 'Card' },
        ]}
        {...register('method')}
      />
      <TextInput
        label="Check number (for a check)"
        error={formState.errors.checkNumber?.message}
        {...register('checkNumber')}
      />
      <TextInput
        label="Card: last 4 digits (for a card)"
        maxLength={4}
        error={formState.errors.cardLast4?.message}
        {...register('cardLast4')}
      />
      <TextInput label="Reason" error={formState.errors.reason?.message} {...register('reason')} />
    </RecordForm>
  )
}
