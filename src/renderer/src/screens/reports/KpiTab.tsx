import { formatDate } from '../../../../shared/usFormat'
import { Alert, Stack, Table, Text, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import type { KpiFigures } from '../../../../shared/ops/reports'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'
import { CollectionsChart } from './charts'
import { daysBefore, exportReport, pct, today } from './format'
import { PeriodBar } from './Period'

const ROWS: [string, string, (k: KpiFigures) => string][] = [
  ['Days in A/R', 'daysInAr', (k) => (k.daysInAr === null ? '—' : k.daysInAr.toFixed(1))],
  ['A/R over 90 days', 'arOver90Percent', (k) => pct(k.arOver90Percent)],
  ['Clean-claim rate', 'cleanClaimRate', (k) => pct(k.cleanClaimRate)],
  ['First-pass denial rate (count)', 'denialRateByCount', (k) => pct(k.denialRateByCount)],
  ['First-pass denial rate (dollars)', 'denialRateByDollars', (k) => pct(k.denialRateByDollars)],
  ['Net collection rate', 'netCollectionRate', (k) => pct(k.netCollection.percent)],
]
const MONEY: [string, (k: KpiFigures) => number][] = [
  ['Net A/R at the end', (k) => k.arCents],
  ['Charges', (k) => k.chargesCents],
  ['Contractual adjustments', (k) => k.contractualCents],
  ['Payments', (k) => k.paymentsCents],
  ['Refunds', (k) => k.refundsCents],
]

export function KpiTab() {
  const [period, setPeriod] = useState(() => ({ from: daysBefore(today(), 29), to: today() }))
  const [error, setError] = useState<string | null>(null)
  const valid = period.from !== '' && period.to !== '' && period.from <= period.to
  const load = useCallback(async () => {
    if (!valid) return null
    const trendFrom = `${daysBefore(period.to, 365).slice(0, 7)}-01`
    const [kpis, trend] = await Promise.all([
      call('reports.kpis', period),
      call('reports.collections', { from: trendFrom, to: period.to }),
    ])
    return { kpis, trend }
  }, [period, valid])
  const loaded = useLoad(load)
  const r = loaded.data?.kpis
  const range = (k: KpiFigures) => `${formatDate(k.from)} – ${formatDate(k.to)}`

  return (
    <Stack gap="sm">
      <PeriodBar
        value={period}
        onChange={setPeriod}
        onExport={(format) =>
          void exportReport(format, { report: 'kpis', period }).catch((e) => setError(messageOf(e)))
        }
      />
      {!valid && <Alert color="yellow">Choose a period whose start comes before its end.</Alert>}
      {(error ?? loaded.error) && <Alert color="red">{error ?? loaded.error}</Alert>}
      {r && (
        <>
          <Table withTableBorder striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={240}>KPI</Table.Th>
                <Table.Th ta="right" w={190}>
                  {range(r.current)}
                </Table.Th>
                <Table.Th ta="right" w={190}>
                  {range(r.previous)}
                </Table.Th>
                <Table.Th>How it is computed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ROWS.map(([label, key, show]) => (
                <Table.Tr key={key}>
                  <Table.Td fw={600}>{label}</Table.Td>
                  <Table.Td ta="right">{show(r.current)}</Table.Td>
                  <Table.Td ta="right" c="dimmed">
                    {show(r.previous)}
                  </Table.Td>
                  <Table.Td fz="xs" c="dimmed">
                    {r.definitions[key]?.replace(/^[^:]+: /, '')}
                  </Table.Td>
                </Table.Tr>
              ))}
              {MONEY.map(([label, of]) => (
                <Table.Tr key={label}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td ta="right">{money(of(r.current))}</Table.Td>
                  <Table.Td ta="right" c="dimmed">
                    {money(of(r.previous))}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={4}>Average days to payment, by payer</Title>
          {r.current.daysToPayment.length === 0 ? (
            <Text size="sm" c="dimmed">
              No payer paid a claim for the first time in this period.
            </Text>
          ) : (
            <Table withTableBorder fz="sm" w={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Payer</Table.Th>
                  <Table.Th ta="right">Claims</Table.Th>
                  <Table.Th ta="right">Days</Table.Th>
                  <Table.Th ta="right">Previous</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.current.daysToPayment.map((d) => (
                  <Table.Tr key={d.payerId}>
                    <Table.Td>{d.payerName}</Table.Td>
                    <Table.Td ta="right">{d.claims}</Table.Td>
                    <Table.Td ta="right">{d.averageDays.toFixed(1)}</Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {r.previous.daysToPayment
                        .find((x) => x.payerId === d.payerId)
                        ?.averageDays.toFixed(1) ?? '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={4}>Collections trend</Title>
          <CollectionsChart trend={loaded.data?.trend ?? []} />
        </>
      )}
    </Stack>
  )
}
