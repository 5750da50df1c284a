import { leaveIfConfirmed } from '../../forms/unsaved'
import { Modal, Text, TextInput } from '@mantine/core'
import { z } from 'zod'
import { call } from '../../api'
import { RecordForm } from '../../components/RecordForm'
import { useRecordForm } from '../../forms/useRecordForm'

const VoidValues = z.object({
  reason: z.string().trim().min(3, 'Say why, in a few words: the ledger keeps it'),
})

/** A patient payment, or an insurance check typed from a paper EOB. */
export interface Voidable {
  paymentId: number
  source: 'patient' | 'insurance'
  /** How people name it: "check 55501 from Aetna"; by default "payment #12". */
  label?: string
}

const labelOf = (p: Voidable) => p.label ?? `payment #${p.paymentId}`

interface Props {
  payment: Voidable | null
  onClose: () => void
  onVoided: (message: string) => void
}

/** Voiding reverses the payment's ledger lines; the reason stays with the payment. */
export function VoidDialog({ payment, onClose, onVoided }: Props) {
  return (
    <Modal
      opened={payment !== null}
      onClose={leaveIfConfirmed(onClose)}
      title={payment ? `Void ${labelOf(payment)}` : ''}
    >
      {payment !== null && (
        <VoidForm payment={payment} onClose={leaveIfConfirmed(onClose)} onVoided={onVoided} />
      )}
    </Modal>
  )
}

function VoidForm({ payment, onClose, onVoided }: Props & { payment: Voidable }) {
  const { paymentId } = payment
  const record = useRecordForm(
    VoidValues,
    { reason: '' },
    async ({ reason }) => {
      if (payment.source === 'insurance') {
        const r = await call('checks.void', { paymentId, reason })
        const what = labelOf(payment)
        onVoided(
          `${what[0]!.toUpperCase()}${what.slice(1)} voided: ${r.reversedLines} ledger lines ` +
            `reversed on ${r.claims} ${r.claims === 1 ? 'claim' : 'claims'}, owed by the payer again.`,
        )
        return
      }
      const r = await call('payments.void', { paymentId, reason })
      onVoided(`Payment #${paymentId} voided: ${r.reversedLines} ledger lines reversed.`)
    },
    { focus: 'first-registered' },
  )
  return (
    <RecordForm
      record={record}
      saveLabel={payment.source === 'insurance' ? 'Void check' : 'Void payment'}
      onCancel={onClose}
      keysHint={false}
    >
      {payment.source === 'insurance' && (
        <Text size="sm">
          Everything this check posted is reversed by new ledger lines; its claims are owed by the
          payer again, and a secondary claim given its payment waits again. Post the check again,
          right, once it is voided.
        </Text>
      )}
      <TextInput
        label="Reason"
        data-autofocus
        error={record.form.formState.errors.reason?.message}
        {...record.form.register('reason')}
      />
    </RecordForm>
  )
}
