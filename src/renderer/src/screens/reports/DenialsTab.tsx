import { Alert, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { call } from '../../api'
import { money } from '../payments/money'
import { usePeriodReport } from './Period'

function Tally(props: {
  title: string
  rows: { key: string; label: string; count: number; cents: number }[]
}) {
  return (
    <Stack gap={4}>
      <Title order={4}>{props.title}</Title>
      <Table withTableBorder striped fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">Claims</Table.Th>
            <Table.Th ta="right">Denied</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{r.count}</Table.Td>
              <Table.Td ta="right">{money(r.cents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

export function DenialsTab() {
  const {
    data: r,
    error,
    bar,
  } = usePeriodReport('denials', 364, (period) => call('reports.denials', period))
  return (
    <Stack gap="sm">
      {bar}
      {error && <Alert color="red">{error}</Alert>}
      {r && (
        <>
          <Group>
            <Text fw={600}>
              {r.total.count} claims denied, {money(r.total.cents)} in the period
            </Text>
            <Text size="sm" c="dimmed">
              Routine adjustments (CO-45, CO-253, PR-1/2/3, OA-23) are not denials.
            </Text>
          </Group>
          <Tally
            title="Top reason codes"
            rows={r.byReason.map((x) => ({
              key: `${x.group}-${x.code}`,
              label: `${x.group}-${x.code} ${x.description}`,
              count: x.count,
              cents: x.cents,
            }))}
          />
          <SimpleGrid cols={2}>
            <Tally
              title="By payer"
              rows={r.byPayer.map((x) => ({ key: String(x.payerId), label: x.payerName, ...x }))}
            />
            <Tally
              title="By month"
              rows={r.byMonth.map((x) => ({
                key: x.month,
                label: `${x.month.slice(5, 7)}/${x.month.slice(0, 4)}`,
                ...x,
              }))}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  )
}
