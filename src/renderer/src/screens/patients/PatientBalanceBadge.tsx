import { Badge } from '@mantine/core'
import type { PatientLedger } from '../../../../shared/ops/payments'
import { money } from '../payments/money'

/** What the patient owes (or holds as credit), in the chart's header beside the insurance. */
export function PatientBalanceBadge({ ledger: l }: { ledger: PatientLedger }) {
  const owes = l.patientBalanceCents
  return (
    <Badge
      variant={owes < 0 ? 'filled' : 'light'}
      color={owes > 0 ? 'orange' : owes < 0 ? 'grape' : 'teal'}
      data-testid="patient-balance"
    >
      {owes < 0 ? `Credit ${money(-owes)}` : `Patient balance ${money(owes)}`}
    </Badge>
  )
}
