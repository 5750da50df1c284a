import { formatDate } from '../../../../shared/usFormat'
import {
  Alert,
  Badge,
  Button,
  Group,
  Kbd,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { cents, formatCents } from '../../../../shared/money'
import type { OpOutput } from '../../../../shared/api'
import type { VisitStatus } from '../../../../shared/ops/visits'
import { displayIcd10cm } from '../../../../shared/validators/icd10cm'
import { call } from '../../api'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { codingHref, goCoding } from './codingRoute'

type Filter = 'all' | VisitStatus
type Row = OpOutput<'visits.list'>[number]

const FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'draft', label: 'Draft' },
  { value: 'coded', label: 'Coded' },
  { value: 'billed', label: 'Billed' },
]

export const STATUS_COLORS: Record<VisitStatus, string> = {
  draft: 'gray',
  coded: 'teal',
  billed: 'blue',
}

/** Recent visits, newest date of service first: ↑/↓ move, Enter opens, Alt+N starts a new one. */
export function VisitList() {
  const { session } = useSession()
  const canWrite = may(session, 'visits.write')
  const [filter, setFilter] = useState<Filter>('all')
  const load = useCallback(
    () => call('visits.list', { status: filter === 'all' ? undefined : filter, limit: 200 }),
    [filter],
  )
  const visits = useLoad(load)
  const rows = visits.data ?? []
  const table = useRef<HTMLTableElement>(null)

  // The newest visit has the cursor on arrival, unless the person is already somewhere.
  const hasRows = rows.length > 0
  useEffect(() => {
    if (!hasRows || (document.activeElement && document.activeElement !== document.body)) return
    table.current?.querySelector<HTMLElement>('[data-visit-row="0"]')?.focus()
  }, [hasRows])

  useHotkeys([['alt+N', () => canWrite && goCoding({ kind: 'new', patientId: null })]], [])

  const open = (v: Row) => goCoding({ kind: 'visit', visitId: v.visitId })
  function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, index: number, v: Row) {
    const to = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : null
    if (e.key === 'Enter') {
      e.preventDefault()
      open(v)
    } else if (to !== null) {
      e.preventDefault()
      e.currentTarget.parentElement
        ?.querySelector<HTMLElement>(
          `[data-visit-row="${Math.max(0, Math.min(rows.length - 1, to))}"]`,
        )
        ?.focus()
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>Coding</Title>
        {canWrite && (
          <Button component="a" href={codingHref({ kind: 'new', patientId: null })} title="Alt+N">
            New visit
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <SegmentedControl
          size="xs"
          data={FILTERS}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          aria-label="Show visits"
        />
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move, <Kbd size="xs">Enter</Kbd> opens
          {canWrite && (
            <>
              , <Kbd size="xs">Alt+N</Kbd> new visit
            </>
          )}
        </Text>
      </Group>
      {visits.error && (
        <Alert color="red" role="alert">
          {visits.error}
        </Alert>
      )}
      <Table aria-label="Visits" data-testid="visit-table" ref={table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130} style={{ whiteSpace: 'nowrap' }}>
              Date of service
            </Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Provider</Table.Th>
            <Table.Th w={90}>Status</Table.Th>
            <Table.Th>Diagnoses</Table.Th>
            <Table.Th>Procedures</Table.Th>
            <Table.Th w={110} ta="right">
              Total
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((v, index) => (
            <Table.Tr
              key={v.visitId}
              data-visit-row={index}
              tabIndex={0}
              className="visit-row"
              aria-label={`Visit ${v.dateOfService} ${v.patientName}`}
              onClick={() => open(v)}
              onKeyDown={(e) => onRowKey(e, index, v)}
            >
              <Table.Td>{formatDate(v.dateOfService)}</Table.Td>
              <Table.Td>{v.patientName}</Table.Td>
              <Table.Td>{v.provider}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={STATUS_COLORS[v.status]}>
                  {v.status}
                </Badge>
              </Table.Td>
              <Table.Td className="mono">{v.diagnoses.map(displayIcd10cm).join(', ')}</Table.Td>
              <Table.Td className="mono">{v.codes.join(', ')}</Table.Td>
              <Table.Td ta="right">{formatCents(cents(v.totalCents))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {visits.data && rows.length === 0 && (
        <Text c="dimmed" size="sm">
          {filter === 'all' ? 'No visits yet.' : `No ${filter} visits.`}
          {canWrite && ' Start one with New visit (Alt+N).'}
        </Text>
      )}
    </Stack>
  )
}
