import { Button, Group } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { OPEN_CLAIM_STATUSES, type ClaimDetail } from '../../../../shared/schemas/claim'
import type { ClaimStatus } from '../../../../shared/schemas/claim'
import { may, useSession } from '../../session'

export type ClaimAction = 'scrub' | 'queue' | 'correct' | 'void' | 'print' | 'save837'

interface Props {
  claim: ClaimDetail
  busy: ClaimAction | null
  /** A dialog is open: its own keys apply, not these. */
  paused: boolean
  onAction: (action: ClaimAction) => void
}

const UNSENT: readonly ClaimStatus[] = ['draft', 'ready', 'queued']
const FINAL: readonly ClaimStatus[] = ['corrected', 'voided']

/**
 * The moves a claim offers where it stands. Main decides whether each is allowed and says why
 * not; these only leave out what could not apply (correcting a claim nobody has yet).
 */
export function ClaimActions({ claim, busy, paused, onAction }: Props) {
  const { session } = useSession()
  const canWrite = may(session, 'claims.write')
  const canSubmit = may(session, 'claims.submit')
  const status = claim.status
  const show = {
    scrub: canWrite && OPEN_CLAIM_STATUSES.includes(status),
    queue: canSubmit && (status === 'draft' || status === 'ready'),
    correct: canWrite && !UNSENT.includes(status) && !FINAL.includes(status),
    void: canWrite && !FINAL.includes(status),
    save837: canSubmit && claim.batch !== null,
  }
  const run = (action: ClaimAction, allowed: boolean) => () => {
    if (allowed && busy === null && !paused) onAction(action)
  }
  useHotkeys(
    [
      ['alt+R', run('scrub', show.scrub)],
      ['alt+Q', run('queue', show.queue && status === 'ready')],
      ['alt+C', run('correct', show.correct)],
      ['alt+V', run('void', show.void)],
      ['alt+P', run('print', true)],
    ],
    [],
  )
  const queueTitle =
    status === 'ready'
      ? 'Put this claim in the outbox for the next batch (Alt+Q)'
      : `Only a ready claim can be queued: fix the errors and acknowledge the warnings below, then scrub again`

  return (
    <Group gap="xs" role="toolbar" aria-label="Claim actions">
      {show.scrub && (
        <Button
          variant="default"
          loading={busy === 'scrub'}
          onClick={() => onAction('scrub')}
          title="Check the claim again against the records as they are now (Alt+R)"
        >
          Scrub
        </Button>
      )}
      {show.queue && (
        <Button
          disabled={status !== 'ready'}
          loading={busy === 'queue'}
          onClick={() => onAction('queue')}
          title={queueTitle}
        >
          Queue for the next batch
        </Button>
      )}
      <Button
        variant="default"
        onClick={() => onAction('print')}
        title="The claim on a CMS-1500 form, as a PDF (Alt+P)"
      >
        Print CMS-1500
      </Button>
      {show.save837 && (
        <Button
          variant="default"
          loading={busy === 'save837'}
          onClick={() => onAction('save837')}
          title="Save the 837 file this claim was sent in"
        >
          Save 837 file
        </Button>
      )}
      {show.correct && (
        <Button
          variant="default"
          onClick={() => onAction('correct')}
          title="Replace the claim at the payer: frequency 7 (Alt+C)"
        >
          Correct…
        </Button>
      )}
      {show.void && (
        <Button
          variant="outline"
          color="red"
          onClick={() => onAction('void')}
          title="Cancel the claim: frequency 8 if the payer has it, otherwise withdrawn (Alt+V)"
        >
          Void…
        </Button>
      )}
    </Group>
  )
}
