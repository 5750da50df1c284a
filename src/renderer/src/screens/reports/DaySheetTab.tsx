import { formatDate } from '../../../../shared/usFormat'
import { Alert, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'
import { ExportButtons } from './ExportButtons'
import { exportReport, today } from './format'
import { ReportDate } from './Period'

export function DaySheetTab() {
  const [date, setDate] = useState(today())
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => (date ? call('reports.daysheet', { date }) : null), [date])
  const loaded = useLoad(load)
  const r = loaded.data
  return (
    <Stack gap="sm">
      <Group align="end">
        <ReportDate label="Day" value={date} onChange={setDate} />
        <ExportButtons
          onExport={(format) =>
            void exportReport(format, { report: 'daysheet', date }).catch((e) =>
              setError(messageOf(e)),
            )
          }
        />
      </Group>
      {(error ?? loaded.error) && <Alert color="red">{error ?? loaded.error}</Alert>}
      {r && (
        <>
          <Text size="sm" c="dimmed">
            By accounting date: the date of service for charges, the date received for money.
          </Text>
          <Table withTableBorder striped fz="sm" w={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Posted by</Table.Th>
                <Table.Th ta="right">Charges</Table.Th>
                <Table.Th ta="right">Payments</Table.Th>
                <Table.Th ta="right">Adjustments</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.byUser.map((u) => (
                <Table.Tr key={u.user}>
                  <Table.Td>{u.user}</Table.Td>
                  <Table.Td ta="right">{money(u.chargesCents)}</Table.Td>
                  <Table.Td ta="right">{money(u.paymentsCents)}</Table.Td>
                  <Table.Td ta="right">{money(u.adjustmentsCents)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>Total</Table.Td>
                <Table.Td ta="right">{money(r.totals.chargesCents)}</Table.Td>
                <Table.Td ta="right">{money(r.totals.paymentsCents)}</Table.Td>
                <Table.Td ta="right">{money(r.totals.adjustmentsCents)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Title order={4}>Money received {formatDate(r.date)}, by deposit</Title>
          {r.deposits.length === 0 && (
            <Text size="sm" c="dimmed">
              Nothing received this day.
            </Text>
          )}
          {r.deposits.map((d) => (
            <Stack key={d.depositId ?? 'none'} gap={4}>
              <Text fw={600} size="sm">
                {d.depositId === null
                  ? 'Not deposited yet'
                  : `Deposit #${d.depositId}, ${formatDate(d.depositDate)}${d.bankReference ? `, bank ref. ${d.bankReference}` : ''}`}
                : {money(d.totalCents)}
              </Text>
              <Table fz="sm" w={900} withTableBorder>
                <Table.Tbody>
                  {d.payments.map((p) => (
                    <Table.Tr key={p.paymentId}>
                      <Table.Td w={90}>#{p.paymentId}</Table.Td>
                      <Table.Td>{p.from}</Table.Td>
                      <Table.Td w={90}>{p.method.toUpperCase()}</Table.Td>
                      <Table.Td w={140}>{p.reference}</Table.Td>
                      <Table.Td ta="right" w={120}>
                        {money(p.amountCents)}
                      </Table.Td>
                      <Table.Td ta="right" w={160} c="dimmed">
                        applied {money(p.appliedCents)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ))}
          <Text fw={600}>
            Received {money(r.receivedCents)} = applied {money(r.appliedCents)} + unapplied{' '}
            {money(r.unappliedCents)}
          </Text>
        </>
      )}
    </Stack>
  )
}
