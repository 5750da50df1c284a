import { formatDate } from '../../../../shared/usFormat'
import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import type { DepositSummary } from '../../../../shared/ops/payments'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { money } from './money'

interface Props {
  canDeposit: boolean
  /** Bumped when payments change, so the waiting totals follow. */
  version: number
  onDeposited: () => void
}

/** Payments waiting for the bank, totalled as on the slip, and the deposits made. */
export function Deposits({ canDeposit, version, onDeposited }: Props) {
  const loadWaiting = useCallback(
    () => call('payments.list', { undeposited: true, limit: 5000 }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload when payments change
    [version],
  )
  const waiting = useLoad(loadWaiting)
  const loadDeposits = useCallback(() => call('deposits.list', {}), [])
  const deposits = useLoad(loadDeposits)
  const [bankReference, setBankReference] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const rows = waiting.data?.rows ?? []
  const sum = (m: string) =>
    rows.filter((r) => r.method === m).reduce((s, r) => s + r.amountCents, 0)

  const deposit = async () => {
    try {
      const d = await call('deposits.create', {
        paymentIds: rows.map((r) => r.paymentId),
        bankReference,
      })
      setMessage({
        ok: true,
        text: `Deposit #${d.depositId} made: ${d.count} payments, ${money(d.totalCents)}.`,
      })
      setBankReference('')
      await Promise.all([waiting.reload(), deposits.reload()])
      onDeposited()
    } catch (e) {
      setMessage({ ok: false, text: messageOf(e) })
    }
  }

  return (
    <Stack gap="sm">
      <Title order={3}>Deposit</Title>
      <Text size="sm">
        Not yet deposited: <b>{rows.length}</b> {rows.length === 1 ? 'payment' : 'payments'} — cash{' '}
        <b>{money(sum('cash'))}</b>, checks <b>{money(sum('check'))}</b> (
        {rows.filter((r) => r.method === 'check').length}), cards <b>{money(sum('card'))}</b>; total{' '}
        <b data-testid="undeposited-total">{money(rows.reduce((s, r) => s + r.amountCents, 0))}</b>
      </Text>
      {canDeposit && (
        <Group align="flex-end">
          <TextInput
            label="Bank slip reference (optional)"
            value={bankReference}
            onChange={(e) => setBankReference(e.currentTarget.value)}
            w={240}
          />
          <Button disabled={rows.length === 0} onClick={() => void deposit()}>
            Deposit {rows.length === 1 ? '1 payment' : `${rows.length} payments`}
          </Button>
        </Group>
      )}
      {message && (
        <Alert
          color={message.ok ? 'teal' : 'red'}
          variant="light"
          withCloseButton
          onClose={() => setMessage(null)}
        >
          {message.text}
        </Alert>
      )}
      <DepositTable rows={deposits.data?.rows ?? []} />
    </Stack>
  )
}

function DepositTable({ rows }: { rows: DepositSummary[] }) {
  if (rows.length === 0) return <Text c="dimmed">No deposits yet.</Text>
  return (
    <Table withTableBorder striped fz="sm" aria-label="Deposits">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Deposit</Table.Th>
          <Table.Th>Date</Table.Th>
          <Table.Th>Bank reference</Table.Th>
          <Table.Th ta="right">Payments</Table.Th>
          <Table.Th ta="right">Cash</Table.Th>
          <Table.Th ta="right">Checks</Table.Th>
          <Table.Th ta="right">Cards</Table.Th>
          <Table.Th ta="right">Total</Table.Th>
          <Table.Th>By</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d) => (
          <Table.Tr key={d.depositId}>
            <Table.Td>#{d.depositId}</Table.Td>
            <Table.Td>{formatDate(d.depositDate)}</Table.Td>
            <Table.Td>{d.bankReference}</Table.Td>
            <Table.Td ta="right">{d.count}</Table.Td>
            <Table.Td ta="right">{money(d.cashCents)}</Table.Td>
            <Table.Td ta="right">
              {money(d.checkCents)} ({d.checkCount})
            </Table.Td>
            <Table.Td ta="right">{money(d.cardCents)}</Table.Td>
            <Table.Td ta="right" fw={600}>
              {money(d.totalCents)}
            </Table.Td>
            <Table.Td>{d.createdBy}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
