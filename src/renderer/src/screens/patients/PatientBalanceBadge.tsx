import { Badge } from '@mantine/core'
import { useCallback } from 'react'
import { call } from '../../api'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'

/** What the patient owes (or holds as credit), beside the name in the chart's header. */
export function PatientBalanceBadge({ patientId }: { patientId: number }) {
  const load = useCallback(() => call('ledger.patient', { patientId }), [patientId])
  const ledger = useLoad(load)
  const l = ledger.data
  if (!l) return null
  const owes = l.patientBalanceCents
  return (
    <Badge
      variant="light"
      color={owes > 0 ? 'orange' : owes < 0 ? 'grape' : 'teal'}
      data-testid="patient-balance"
    >
      {owes < 0 ? `Credit ${money(-owes)}` : `Patient balance ${money(owes)}`}
      {l.insuranceBalanceCents !== 0 && ` · insurance ${money(l.insuranceBalanceCents)}`}
    </Badge>
  )
}
