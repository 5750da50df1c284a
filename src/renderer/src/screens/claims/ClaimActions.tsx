import { Button, Group } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import type { ClaimDetail } from '../../../../shared/schemas/claim'
import { may, useSession } from '../../session'

export type ClaimAction =
  'scrub' | 'queue' | 'correct' | 'void' | 'withdraw' | 'acknowledgeAll' | 'print' | 'save837'

interface Props {
  claim: ClaimDetail
  busy: ClaimAction | null
  /** A dialog is open: its own keys apply, not these. */
  paused: boolean
  onAction: (action: ClaimAction) => void
}

/**
 * The moves a claim offers where it stands: exactly the ones main lists in `claim.actions`
 * (and refuses otherwise), less those the user's role may not take.
 */
export function ClaimActions({ claim, busy, paused, onAction }: Props) {
  const { session } = useSession()
  const canWrite = may(session, 'claims.write')
  const canSubmit = may(session, 'claims.submit')
  const allows = (a: ClaimDetail['actions'][number]) => claim.actions.includes(a)
  const show = {
    scrub: canWrite && allows('scrub'),
    queue: canSubmit && allows('queue'),
    acknowledgeAll: canWrite && allows('acknowledge') && claim.warnings > 1,
    correct: canWrite && allows('correct'),
    void: canWrite && allows('void'),
    withdraw: canWrite && allows('withdraw'),
    save837: canSubmit && claim.batch !== null,
  }
  const run = (action: ClaimAction, allowed: boolean) => () => {
    if (allowed && busy === null && !paused) onAction(action)
  }
  useHotkeys(
    [
      ['alt+R', run('scrub', show.scrub)],
      ['alt+Q', run('queue', show.queue)],
      ['alt+C', run('correct', show.correct)],
      ['alt+V', run(show.withdraw ? 'withdraw' : 'void', show.void || show.withdraw)],
      ['alt+P', run('print', true)],
    ],
    [],
  )

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
          loading={busy === 'queue'}
          onClick={() => onAction('queue')}
          title="Put this claim in the outbox for the next batch (Alt+Q)"
        >
          Queue for the next batch
        </Button>
      )}
      {show.acknowledgeAll && (
        <Button
          variant="light"
          color="orange"
          loading={busy === 'acknowledgeAll'}
          onClick={() => onAction('acknowledgeAll')}
          title="Send the claim with every open warning: your name and the time are kept on each"
        >
          Acknowledge all {claim.warnings} warnings
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
          title="Cancel the claim at the payer: frequency 8 (Alt+V)"
        >
          Void…
        </Button>
      )}
      {show.withdraw && (
        <Button
          variant="outline"
          color="red"
          onClick={() => onAction('withdraw')}
          title="The payer never had it: cancel it here, and the visit opens again once no claim is left (Alt+V)"
        >
          Withdraw…
        </Button>
      )}
    </Group>
  )
}
