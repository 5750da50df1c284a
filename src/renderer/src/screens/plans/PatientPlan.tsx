import { Alert, Badge, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import { FREQUENCY_LABELS, type PlanView } from '../../../../shared/ops/plans'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'
import { PlanForm } from './PlanForm'
import { PlanSchedule } from './PlanSchedule'
import { planState, shownDate } from './planWords'

/** The patient's payment plan (their guarantor account's): its installments, start one, end one. */
export function PatientPlan({ accountNo }: { accountNo: string }) {
  const { session } = useSession()
  const canManage = may(session, 'plans.manage')
  const load = useCallback(() => call('plans.show', { accountNo }), [accountNo])
  const plans = useLoad(load)
  const [creating, setCreating] = useState<null | 'new' | 'replace'>(null)
  const [notice, setNotice] = useState<string | null>(null)

  if (plans.loading && !plans.data) return <Loader size="sm" />
  if (plans.error) return <Alert color="red">{plans.error}</Alert>
  const data = plans.data!
  const active = data.active

  const saved = (plan: PlanView) => {
    setCreating(null)
    setNotice(`Payment plan started: ${money(plan.totalCents)} in ${plan.items.length} payments.`)
    void plans.reload()
  }

  return (
    <Stack gap="sm" maw={1000}>
      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {creating ? (
        <Stack gap="xs">
          <Title order={4}>
            {creating === 'replace' ? 'New plan in place of the current one' : 'New payment plan'}{' '}
            for {data.guarantor} (account {data.accountNo})
          </Title>
          <PlanForm
            accountNo={data.accountNo}
            replace={creating === 'replace'}
            onSaved={saved}
            onCancel={() => setCreating(null)}
          />
        </Stack>
      ) : active ? (
        <ActivePlan
          plan={active}
          canManage={canManage}
          onReplace={() => setCreating('replace')}
          onEnded={(reason) => {
            setNotice(`Payment plan ended: ${reason}`)
            void plans.reload()
          }}
        />
      ) : (
        <Group>
          <Text c="dimmed">
            No active payment plan for {data.guarantor} (account {data.accountNo}).
          </Text>
          {canManage && (
            <Button size="xs" onClick={() => setCreating('new')}>
              Set up a payment plan
            </Button>
          )}
        </Group>
      )}
      {data.past.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            Earlier plans
          </Text>
          {data.past.map((p) => (
            <Text size="sm" key={p.id}>
              {money(p.totalCents)} from {shownDate(p.startDate)}, ended{' '}
              {p.endedAt ? shownDate(p.endedAt) : ''} by {p.endedBy}: {p.endReason} (
              {money(p.paidCents)} paid)
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  )
}

function ActivePlan({
  plan,
  canManage,
  onReplace,
  onEnded,
}: {
  plan: PlanView
  canManage: boolean
  onReplace: () => void
  onEnded: (reason: string) => void
}) {
  const [ending, setEnding] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const state = planState(plan)
  const end = async () => {
    setError(null)
    try {
      const ended = await call('plans.end', { accountNo: plan.accountNo, reason })
      setEnding(false)
      onEnded(ended.endReason ?? reason)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Title order={4}>
          Payment plan: {money(plan.totalCents)}, {FREQUENCY_LABELS[plan.frequency].toLowerCase()},
          from {shownDate(plan.startDate)}
        </Title>
        <Badge color={state.color} variant="light" data-testid="plan-state">
          {state.words}
        </Badge>
      </Group>
      <Text size="sm">
        Paid {money(plan.paidCents)} · left {money(plan.remainingCents)}
        {plan.next && (
          <>
            {' '}
            · next: <strong>{money(plan.next.amountCents)}</strong> due{' '}
            {shownDate(plan.next.dueDate)}
          </>
        )}{' '}
        · set up by {plan.createdBy}
      </Text>
      {plan.outsideCents > 0 && (
        <Alert color="yellow" variant="light" title="Balance outside the plan">
          The account owes {money(plan.outsideCents)} more than is left on the plan (charges since
          it started). It is not in the plan and is billed as usual.
          {canManage && (
            <Button size="xs" variant="light" ml="sm" onClick={onReplace}>
              New plan taking it in
            </Button>
          )}
        </Alert>
      )}
      <PlanSchedule items={plan.items} label="Installments" />
      {canManage &&
        (ending ? (
          <Group align="flex-end">
            <TextInput
              label="Why does the plan end?"
              w={360}
              value={reason}
              autoFocus
              error={error}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Button color="red" variant="light" onClick={() => void end()}>
              End plan
            </Button>
            <Button variant="default" onClick={() => setEnding(false)}>
              Keep it
            </Button>
          </Group>
        ) : (
          <Group>
            <Button size="xs" variant="default" onClick={() => setEnding(true)}>
              End plan…
            </Button>
          </Group>
        ))}
    </Stack>
  )
}
