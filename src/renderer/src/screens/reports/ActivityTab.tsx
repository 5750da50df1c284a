import { formatDate } from '../../../../shared/usFormat'
import { Alert, Stack, Table, Text, Title } from '@mantine/core'
import { call } from '../../api'
import { money } from '../payments/money'
import { usePeriodReport } from './Period'

export function ActivityTab() {
  const {
    data: r,
    error,
    bar,
  } = usePeriodReport('activity', 55, (period) => call('reports.activity', period))
  return (
    <Stack gap="sm">
      {bar}
      {error && <Alert color="red">{error}</Alert>}
      {r && (
        <>
          <Table withTableBorder striped fz="sm" w={800}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Week of</Table.Th>
                <Table.Th ta="right">Submitted</Table.Th>
                <Table.Th ta="right">Accepted</Table.Th>
                <Table.Th ta="right">Rejected</Table.Th>
                <Table.Th ta="right">Paid</Table.Th>
                <Table.Th ta="right">Paid amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.weeks.map((w) => (
                <Table.Tr key={w.week}>
                  <Table.Td>{formatDate(w.week)}</Table.Td>
                  <Table.Td ta="right">{w.submitted}</Table.Td>
                  <Table.Td ta="right">{w.accepted}</Table.Td>
                  <Table.Td ta="right" c={w.rejected ? 'red.8' : undefined}>
                    {w.rejected}
                  </Table.Td>
                  <Table.Td ta="right">{w.paid}</Table.Td>
                  <Table.Td ta="right">{money(w.paidCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={4}>Visits not billed</Title>
          <Text size="sm" c="dimmed">
            Coded but without a claim, or still not coded {r.unbilledDays} days after the visit.
          </Text>
          {r.unbilled.length === 0 ? (
            <Text size="sm">Every visit is billed.</Text>
          ) : (
            <Table withTableBorder fz="sm" w={900}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Patient</Table.Th>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>Service date</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Days</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.unbilled.map((v) => (
                  <Table.Tr key={v.visitId}>
                    <Table.Td>{v.patientName}</Table.Td>
                    <Table.Td>{v.accountNo}</Table.Td>
                    <Table.Td>{formatDate(v.dateOfService)}</Table.Td>
                    <Table.Td>{v.status === 'coded' ? 'Coded, not billed' : 'Not coded'}</Table.Td>
                    <Table.Td ta="right">{v.ageDays}</Table.Td>
                    <Table.Td ta="right">{money(v.totalCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  )
}
