import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useForm } from 'react-hook-form'
import { claimOps } from '../../../shared/ops/claims'
import type { ClaimDetail } from '../../../shared/schemas/claim'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'

/** The same rules main applies to claims.correct and claims.void, less the claim id. */
const ReasonForm = claimOps['claims.correct'].input.omit({ claimId: true })

export type ClaimChange = 'correct' | 'void' | 'withdraw'

const TEXT: Record<ClaimChange, { title: string; intro: string; button: string }> = {
  correct: {
    title: 'Correct the claim (frequency 7)',
    intro:
      'A replacement claim is made as a draft with these lines, to fix and send; this one becomes corrected. The payer matches it by its own claim number.',
    button: 'Make the replacement',
  },
  void: {
    title: 'Void the claim (frequency 8)',
    intro:
      'The payer has this claim: a void claim is made to send, carrying its claim number. This one becomes voided.',
    button: 'Void the claim',
  },
  withdraw: {
    title: 'Withdraw the claim',
    intro:
      'The payer never had this claim: it is withdrawn (voided here, nothing is sent). Once no claim of the visit is left, the visit opens again to fix and bill.',
    button: 'Withdraw the claim',
  },
}

interface Props {
  change: ClaimChange | null
  claim: ClaimDetail
  onClose: () => void
  onDone: (result: ClaimDetail) => void
}

export function ClaimReasonDialog({ change, claim, onClose, onDone }: Props) {
  return (
    <Modal
      opened={change !== null}
      onClose={onClose}
      title={change ? TEXT[change].title : ''}
      size="lg"
    >
      {/* Mounted only while open, so every opening starts from a blank reason. */}
      {change && <ReasonFields change={change} claim={claim} onClose={onClose} onDone={onDone} />}
    </Modal>
  )
}

function ReasonFields({ change, claim, onClose, onDone }: Props & { change: ClaimChange }) {
  const form = useForm({
    resolver: zodResolver(ReasonForm),
    defaultValues: {
      reason: '',
      payerClaimControlNumber: claim.payerClaimControlNumber ?? claim.originalReference ?? '',
    },
  })
  const { register, formState } = form
  const errors = formState.errors
  const api = useApiErrors(form)
  const text = TEXT[change]

  const onSubmit = form.handleSubmit(async (values) => {
    api.clear()
    try {
      const input = { claimId: claim.claimId, ...values }
      onDone(await call(change === 'correct' ? 'claims.correct' : 'claims.void', input))
    } catch (error) {
      api.report(error)
    }
  })

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={getHotkeyHandler([['mod+Enter', () => void onSubmit()]])}
      noValidate
      aria-label={text.title}
    >
      <Stack gap="sm">
        <Text size="sm">{text.intro}</Text>
        <Textarea
          label="Why"
          description="The history keeps it, with your name and the time."
          autosize
          minRows={2}
          data-autofocus
          error={errors.reason?.message}
          {...register('reason')}
        />
        {change !== 'withdraw' && (
          <TextInput
            label="Payer's claim number (REF*F8)"
            description="From the remittance (835 CLP07) or the payer's acknowledgment."
            autoComplete="off"
            error={errors.payerClaimControlNumber?.message}
            {...register('payerClaimControlNumber')}
          />
        )}
        <FormAlert message={api.alert} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel (Esc)
          </Button>
          <Button
            type="submit"
            color={change === 'correct' ? undefined : 'red'}
            loading={formState.isSubmitting}
            title="Ctrl+Enter"
          >
            {text.button}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
