import { leaveIfConfirmed } from '../../forms/unsaved'
import { Modal, TextInput } from '@mantine/core'
import { z } from 'zod'
import { call } from '../../api'
import { RecordForm } from '../../components/RecordForm'
import { useRecordForm } from '../../forms/useRecordForm'

const VoidValues = z.object({
  reason: z.string().trim().min(3, 'Say why, in a few words: the ledger keeps it'),
})

interface Props {
  paymentId: number | null
  onClose: () => void
  onVoided: (message: string) => void
}

/** Voiding reverses the payment's ledger lines; the reason stays with the payment. */
export function VoidDialog({ paymentId, onClose, onVoided }: Props) {
  return (
    <Modal
      opened={paymentId !== null}
      onClose={leaveIfConfirmed(onClose)}
      title={`Void payment #${paymentId ?? ''}`}
    >
      {paymentId !== null && (
        <VoidForm paymentId={paymentId} onClose={leaveIfConfirmed(onClose)} onVoided={onVoided} />
      )}
    </Modal>
  )
}

function VoidForm({ paymentId, onClose, onVoided }: Props & { paymentId: number }) {
  const record = useRecordForm(
    VoidValues,
    { reason: '' },
    async ({ reason }) => {
      const r = await call('payments.void', { paymentId, reason })
      onVoided(`Payment #${paymentId} voided: ${r.reversedLines} ledger lines reversed.`)
    },
    { focus: 'first-registered' },
  )
  return (
    <RecordForm record={record} saveLabel="Void payment" onCancel={onClose} keysHint={false}>
      <TextInput
        label="Reason"
        data-autofocus
        error={record.form.formState.errors.reason?.message}
        {...record.form.register('reason')}
      />
    </RecordForm>
  )
}
