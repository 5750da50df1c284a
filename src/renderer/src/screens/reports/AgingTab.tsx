import { formatDate } from '../../../../shared/usFormat'
import {
  Alert,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { useCallback, useState } from 'react'
import type { OpOutput } from '../../../../shared/api'
import type { AgingRow } from '../../../../shared/ops/reports'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'
import { ExportButtons } from './ExportButtons'
import { exportReport, today, type ExportFormat } from './format'
import { ReportDate } from './Period'
import { AgingChart } from './charts'

const BUCKETS = ['0-30', '31-60', '61-90', '91-120', '121+'] as const
const HEADS = ['0–30', '31–60', '61–90', '91–120', '120+']
const SHOWN = 200

type Cell = { row: AgingRow; bucket?: (typeof BUCKETS)[number] }
type Claims = OpOutput<'reports.aging.claims'>

export function AgingTab() {
  const [by, setBy] = useState<'payer' | 'patient'>('payer')
  const [agedFrom, setAgedFrom] = useState<'service' | 'billed'>('service')
  const [asOf, setAsOf] = useState(today())
  const [cell, setCell] = useState<Cell | null>(null)
  const [claims, setClaims] = useState<Claims | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    () => call('reports.aging', { by, agedFrom, asOf: asOf || undefined }),
    [by, agedFrom, asOf],
  )
  const aging = useLoad(load)
  const r = aging.data
  // A payer's cell lists that payer's claims: the payer column would repeat it on every line.
  const byPayer = by === 'payer' && cell?.row.balance === 'insurance' && cell.row.id !== null

  const open = async (c: Cell) => {
    setCell(c)
    setClaims(null)
    try {
      setClaims(
        await call('reports.aging.claims', {
          by,
          agedFrom,
          asOf: asOf || undefined,
          id: c.row.id,
          balance: c.row.balance,
          bucket: c.bucket,
        }),
      )
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const save = (format: ExportFormat) =>
    exportReport(format, {
      report: 'aging',
      aging: { by, agedFrom, asOf: asOf || undefined },
    }).catch((e) => setError(messageOf(e)))

  const amount = (c: Cell, cents: number) =>
    cents === 0 ? (
      ''
    ) : (
      <UnstyledButton onClick={() => void open(c)} c="blue.8" fz="sm" title="Show the claims">
        {money(cents)}
      </UnstyledButton>
    )

  return (
    <Stack gap="sm">
      <Group align="end">
        <SegmentedControl
          value={by}
          onChange={(v) => setBy(v as 'payer' | 'patient')}
          data={[
            { value: 'payer', label: 'By payer' },
            { value: 'patient', label: 'By patient' },
          ]}
        />
        <Select
          label="Age from"
          w={200}
          value={agedFrom}
          onChange={(v) => setAgedFrom((v as 'service' | 'billed') ?? 'service')}
          data={[
            { value: 'service', label: 'Date of service' },
            { value: 'billed', label: 'First billed date' },
          ]}
          allowDeselect={false}
        />
        <ReportDate label="As of" value={asOf} onChange={setAsOf} />
        <ExportButtons onExport={(format) => void save(format)} />
      </Group>
      {(error ?? aging.error) && <Alert color="red">{error ?? aging.error}</Alert>}
      {r && (
        <>
          <AgingChart totals={r.totals} />
          <Table striped highlightOnHover withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{by === 'payer' ? 'Payer' : 'Patient'}</Table.Th>
                {by === 'patient' && <Table.Th>Account</Table.Th>}
                {HEADS.map((h) => (
                  <Table.Th key={h} ta="right">
                    {h} days
                  </Table.Th>
                ))}
                <Table.Th ta="right">Total</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.rows.slice(0, SHOWN).map((row) => (
                <Table.Tr key={`${row.balance}:${row.id}`}>
                  <Table.Td>{row.label}</Table.Td>
                  {by === 'patient' && <Table.Td>{row.accountNo}</Table.Td>}
                  {BUCKETS.map((b, i) => (
                    <Table.Td key={b} ta="right">
                      {amount({ row, bucket: b }, row.buckets[i]!)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" fw={600}>
                    {amount({ row }, row.totalCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td colSpan={by === 'patient' ? 2 : 1}>Total</Table.Td>
                {r.totals.all.map((c, i) => (
                  <Table.Td key={i} ta="right">
                    {money(c)}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{money(r.totals.totalCents)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">
            {r.openVisits} open visit{r.openVisits === 1 ? '' : 's'} as of {formatDate(r.asOf)},
            aged from the {r.agedFrom === 'service' ? 'date of service' : 'first billed date'}.
            Click an amount for the claims behind it.
            {r.rows.length > SHOWN &&
              ` Showing the ${SHOWN} largest of ${r.rows.length} rows; the export has them all.`}
          </Text>
        </>
      )}
      <Modal
        opened={cell !== null}
        onClose={() => setCell(null)}
        size="90%"
        title={
          cell &&
          `${cell.row.label}${cell.bucket ? `, ${HEADS[BUCKETS.indexOf(cell.bucket)]} days` : ''}`
        }
      >
        {claims && (
          <Stack gap="xs">
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Claim</Table.Th>
                  <Table.Th>Patient</Table.Th>
                  {!byPayer && <Table.Th>Payer</Table.Th>}
                  <Table.Th>Service date</Table.Th>
                  <Table.Th>Claim status</Table.Th>
                  <Table.Th ta="right">Days</Table.Th>
                  <Table.Th ta="right">Insurance</Table.Th>
                  <Table.Th ta="right">Patient</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {claims.rows.map((c) => (
                  <Table.Tr key={c.visitId}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {c.patientControlNumber ?? `Visit #${c.visitId}`}
                    </Table.Td>
                    <Table.Td>
                      {c.patientName} ({c.accountNo})
                    </Table.Td>
                    {!byPayer && <Table.Td>{c.payerName ?? 'Self-pay'}</Table.Td>}
                    <Table.Td>{formatDate(c.dateOfService)}</Table.Td>
                    <Table.Td>{c.claimStatus ?? 'no claim'}</Table.Td>
                    <Table.Td ta="right">{c.ageDays}</Table.Td>
                    <Table.Td ta="right">{money(c.insuranceCents)}</Table.Td>
                    <Table.Td ta="right">{money(c.patientCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {claims.count > claims.rows.length && (
              <Text size="sm" c="dimmed">
                Showing the oldest {claims.rows.length} of {claims.count}.
              </Text>
            )}
          </Stack>
        )}
      </Modal>
    </Stack>
  )
}
