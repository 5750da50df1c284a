import { Alert, Anchor } from '@mantine/core'
import { useCallback } from 'react'
import { call } from '../../api'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'
import { planState, shownDate } from './planWords'

/** On the ledger: the account is on a payment plan, where it stands, and the way to it. */
export function PlanNotice({ accountNo, patientId }: { accountNo: string; patientId: number }) {
  const load = useCallback(() => call('plans.show', { accountNo }), [accountNo])
  const plan = useLoad(load).data?.active
  if (!plan) return null
  const state = planState(plan)
  return (
    <Alert
      color={plan.behind ? 'red' : 'blue'}
      variant="light"
      mb="sm"
      data-testid="ledger-plan-notice"
      title={`On a payment plan: ${state.words}`}
    >
      {money(plan.remainingCents)} left of {money(plan.totalCents)}
      {plan.next && `; next ${money(plan.next.amountCents)} due ${shownDate(plan.next.dueDate)}`}
      {plan.outsideCents > 0 && `; ${money(plan.outsideCents)} owed outside the plan`}.{' '}
      <Anchor href={`#/patients/${patientId}?tab=plans`} size="sm">
        See the installments
      </Anchor>
    </Alert>
  )
}
