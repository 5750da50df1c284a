import { formatDate } from '../../../../shared/usFormat'
import {
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import type { OpOutput } from '../../../../shared/api'
import type { LedgerVisit } from '../../../../shared/ops/payments'
import { CARD_LAST4_MESSAGE, PATIENT_PAYMENT_METHODS } from '../../../../shared/ops/payments'
import { centsAmount } from '../../../../shared/validators/cents'
import { call } from '../../api'
import { RecordForm } from '../../components/RecordForm'
import { RegistrationMoneyInput } from '../../components/RegistrationMoneyInput'
import { useRecordForm } from '../../forms/useRecordForm'
import { money } from './money'

const METHOD_OPTIONS = [
  { value: 'cash', label: 'Cash' },
  { value: 'check', label: 'Check' },
  { value: 'card', label: 'Card' },
]

const PaymentValues = z
  .object({
    amountCents: centsAmount('Amount', 1),
    method: z.enum(PATIENT_PAYMENT_METHODS),
    checkNumber: z.string().trim(),
    cardLast4: z.string().trim(),
    apply: z.enum(['oldest', 'visits', 'credit']),
    restToCredit: z.boolean(),
    visits: z.array(
      z.object({
        visitId: z.number().int(),
        amountCents: z.number().int().min(0).nullable(),
      }),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'check' && v.checkNumber === '') {
      ctx.addIssue({ code: 'custom', path: ['checkNumber'], message: 'Enter the check number.' })
    }
    if (v.method === 'card' && !/^\d{4}$/.test(v.cardLast4)) {
      ctx.addIssue({ code: 'custom', path: ['cardLast4'], message: CARD_LAST4_MESSAGE })
    }
  })

interface Props {
  patientId: number
  /** The patient's visits with what they owe, for paying chosen visits. */
  visits: readonly LedgerVisit[]
  onPosted: (result: OpOutput<'payments.collect'>) => void
  onCancel: () => void
}

/** A patient payment: amount, how it was paid, and where it goes. */
export function PaymentForm({ patientId, visits, onPosted, onCancel }: Props) {
  const open = visits.filter((v) => v.patientBalanceCents > 0)
  const record = useRecordForm(
    PaymentValues,
    {
      amountCents: null as unknown as number,
      method: 'cash',
      checkNumber: '',
      cardLast4: '',
      apply: 'oldest',
      restToCredit: false,
      visits: open.map((v) => ({ visitId: v.visitId, amountCents: null })),
    },
    async (values) => {
      const chosen = values.visits.filter((v) => (v.amountCents ?? 0) > 0)
      onPosted(
        await call('payments.collect', {
          patientId,
          amountCents: values.amountCents,
          method: values.method,
          checkNumber: values.method === 'check' ? values.checkNumber : undefined,
          cardLast4: values.method === 'card' ? values.cardLast4 : undefined,
          apply: values.apply,
          visits:
            values.apply === 'visits'
              ? chosen.map((v) => ({ visitId: v.visitId, amountCents: v.amountCents ?? 0 }))
              : undefined,
          restToCredit: values.restToCredit,
        }),
      )
    },
    { focus: 'first-registered' },
  )
  const { register, formState, control, setValue } = record.form
  const errors = formState.errors
  const method = useWatch({ control, name: 'method' })
  const apply = useWatch({ control, name: 'apply' })

  return (
    <RecordForm
      record={record}
      label="Patient payment"
      saveLabel="Post payment"
      onCancel={onCancel}
      keysHint={false}
    >
      <Group align="flex-start">
        <RegistrationMoneyInput name="amountCents" label="Amount" autoFocus />
        <NativeSelect label="Method" data={METHOD_OPTIONS} w={120} {...register('method')} />
        {method === 'check' && (
          <TextInput
            label="Check number"
            w={140}
            error={errors.checkNumber?.message}
            {...register('checkNumber')}
          />
        )}
        {method === 'card' && (
          <TextInput
            label="Card: last 4 digits"
            description="Never the full number"
            w={160}
            maxLength={4}
            inputMode="numeric"
            error={errors.cardLast4?.message}
            {...register('cardLast4')}
          />
        )}
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Apply to
        </Text>
        <SegmentedControl
          aria-label="Apply to"
          value={apply}
          onChange={(v) => setValue('apply', v as 'oldest' | 'visits' | 'credit')}
          data={[
            { value: 'oldest', label: 'Oldest balances first' },
            { value: 'visits', label: 'Chosen visits', disabled: open.length === 0 },
            { value: 'credit', label: 'Credit on account' },
          ]}
        />
        <Text size="xs" c="dimmed">
          {apply === 'oldest'
            ? 'Pays what the patient owes, oldest visit first; anything left stays on the account as credit.'
            : apply === 'credit'
              ? 'Keeps it all as unapplied credit (a copay before the visit is billed, a prepayment).'
              : 'Enter how much goes to each visit.'}
        </Text>
      </Stack>
      {apply === 'visits' && (
        <>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date of service</Table.Th>
                <Table.Th>Visit</Table.Th>
                <Table.Th ta="right">Patient owes</Table.Th>
                <Table.Th>Pay</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.map((v, i) => (
                <Table.Tr key={v.visitId}>
                  <Table.Td>{formatDate(v.dateOfService)}</Table.Td>
                  <Table.Td>#{v.visitId}</Table.Td>
                  <Table.Td ta="right">{money(v.patientBalanceCents)}</Table.Td>
                  <Table.Td>
                    <RegistrationMoneyInput name={`visits.${i}.amountCents`} label="" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Checkbox
            label="Keep whatever the chosen visits do not take as credit on the account"
            {...register('restToCredit')}
          />
        </>
      )}
    </RecordForm>
  )
}
