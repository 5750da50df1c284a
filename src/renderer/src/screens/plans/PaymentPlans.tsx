import {
  Alert,
  Anchor,
  Badge,
  Group,
  Loader,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useCallback, useState } from 'react'
import { FREQUENCY_LABELS } from '../../../../shared/ops/plans'
import { call } from '../../api'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'
import { planState, shownDate } from './planWords'

/** Every payment plan, those behind first: who to call about a missed installment. */
export function PaymentPlans() {
  const [all, setAll] = useState(false)
  const load = useCallback(() => call('plans.list', { all }), [all])
  const plans = useLoad(load)
  const list = plans.data ?? []
  const behind = list.filter((p) => p.behind)
  return (
    <Stack gap="md" maw={1250}>
      <Group justify="space-between">
        <Title order={2}>Payment plans</Title>
        <Switch
          label="Show ended plans"
          checked={all}
          onChange={(e) => setAll(e.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" c="dimmed">
        Set up a plan from the patient’s Payment plan tab. Payments received since a plan started
        pay its installments oldest first.
      </Text>
      {plans.error && <Alert color="red">{plans.error}</Alert>}
      {plans.loading && !plans.data ? (
        <Loader size="sm" />
      ) : list.length === 0 ? (
        <Text c="dimmed">No {all ? '' : 'active '}payment plans.</Text>
      ) : (
        <>
          <Text size="sm">
            {list.length} {list.length === 1 ? 'plan' : 'plans'}
            {behind.length > 0 &&
              `, ${behind.length} behind (${money(behind.reduce((s, p) => s + p.missedCents, 0))} missed)`}
          </Text>
          <Table withTableBorder striped highlightOnHover fz="sm" aria-label="Payment plans">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Guarantor</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>How often</Table.Th>
                <Table.Th ta="right">Total</Table.Th>
                <Table.Th ta="right">Paid</Table.Th>
                <Table.Th ta="right">Left</Table.Th>
                <Table.Th>Next installment</Table.Th>
                <Table.Th ta="right">Outside plan</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((p) => {
                const state = planState(p)
                return (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor href={`#/patients/${p.patientId}?tab=plans`}>{p.guarantor}</Anchor>
                    </Table.Td>
                    <Table.Td>{p.accountNo}</Table.Td>
                    <Table.Td>{shownDate(p.startDate)}</Table.Td>
                    <Table.Td>{FREQUENCY_LABELS[p.frequency]}</Table.Td>
                    <Table.Td ta="right">{money(p.totalCents)}</Table.Td>
                    <Table.Td ta="right">{money(p.paidCents)}</Table.Td>
                    <Table.Td ta="right">{money(p.remainingCents)}</Table.Td>
                    <Table.Td>
                      {p.active && p.next
                        ? `${money(p.next.amountCents)} on ${shownDate(p.next.dueDate)}`
                        : '—'}
                    </Table.Td>
                    <Table.Td ta="right">
                      {p.outsideCents > 0 ? money(p.outsideCents) : ''}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={state.color}>
                        {state.words}
                      </Badge>
                      {!p.active && p.endReason && (
                        <Text size="xs" c="dimmed">
                          {p.endReason}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  )
}
