import { Badge } from '@mantine/core'
import { CLAIM_STATUS_LABELS } from '../../../shared/schemas/claim'
import type { ClaimOutcome, ClaimStatus } from '../../../shared/schemas/claim'

const COLORS: Record<ClaimStatus, string> = {
  draft: 'gray',
  ready: 'teal',
  queued: 'cyan',
  submitted: 'blue',
  accepted: 'indigo',
  rejected: 'red',
  acknowledged: 'violet',
  payer_rejected: 'red',
  adjudicated: 'green',
  closed: 'dark',
  corrected: 'orange',
  voided: 'gray',
}

/** Short words for the list; the full label is the badge's title. */
const SHORT: Partial<Record<ClaimStatus, string>> = {
  accepted: 'accepted',
  rejected: 'rejected (999)',
  acknowledged: 'acknowledged',
  payer_rejected: 'payer rejected',
}

export function claimStatusText(status: ClaimStatus): string {
  return SHORT[status] ?? CLAIM_STATUS_LABELS[status]
}

interface Props {
  status: ClaimStatus
  outcome?: ClaimOutcome | null
  size?: 'xs' | 'sm' | 'md' | 'lg'
}

export function ClaimStatusBadge({ status, outcome, size = 'sm' }: Props) {
  const text = claimStatusText(status) + (status === 'adjudicated' && outcome ? `: ${outcome}` : '')
  return (
    <Badge
      size={size}
      variant={status === 'voided' ? 'outline' : 'light'}
      color={COLORS[status]}
      title={CLAIM_STATUS_LABELS[status]}
      data-testid="claim-status"
      style={{ textTransform: 'none' }}
    >
      {text}
    </Badge>
  )
}
