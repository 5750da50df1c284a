import { formatDateTime } from '../../../shared/usFormat'
import { Button, Table, Text } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { cents, formatCents } from '../../../shared/money'
import type { BatchSummary } from '../../../shared/schemas/claim'

interface Props {
  batches: BatchSummary[]
  saving: number | null
  onSave: (batch: BatchSummary) => void
}

function moveFocus(e: KeyboardEvent<HTMLTableRowElement>, index: number, count: number) {
  const to = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : null
  if (to === null) return
  e.preventDefault()
  e.currentTarget.parentElement
    ?.querySelector<HTMLElement>(`[data-batch-row="${Math.max(0, Math.min(count - 1, to))}"]`)
    ?.focus()
}

/** The 837P batches made, newest first: ↑/↓ move, Enter saves the file again. */
export function BatchTable({ batches, saving, onSave }: Props) {
  if (batches.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No batches yet: queue ready claims in the Outbox, then Create batch.
      </Text>
    )
  }
  return (
    <Table aria-label="Batches" striped highlightOnHover data-testid="batch-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>Batch</Table.Th>
          <Table.Th>Made</Table.Th>
          <Table.Th>By</Table.Th>
          <Table.Th>File</Table.Th>
          <Table.Th w={60}>Usage</Table.Th>
          <Table.Th w={70} ta="right">
            Claims
          </Table.Th>
          <Table.Th w={120} ta="right">
            Total
          </Table.Th>
          <Table.Th w={150} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {batches.map((b, index) => (
          <Table.Tr
            key={b.batchId}
            tabIndex={0}
            data-batch-row={index}
            aria-label={`Batch ${b.batchId} ${b.fileName}`}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && e.target === e.currentTarget) {
                e.preventDefault()
                onSave(b)
              } else moveFocus(e, index, batches.length)
            }}
          >
            <Table.Td>#{b.batchId}</Table.Td>
            <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
            <Table.Td>{b.createdBy}</Table.Td>
            <Table.Td ff="monospace">{b.fileName}</Table.Td>
            <Table.Td>{b.usage === 'P' ? 'Live' : 'Test'}</Table.Td>
            <Table.Td ta="right">{b.claimCount}</Table.Td>
            <Table.Td ta="right">{formatCents(cents(b.totalCents))}</Table.Td>
            <Table.Td ta="right">
              <Button
                size="compact-xs"
                variant="default"
                tabIndex={-1}
                loading={saving === b.batchId}
                onClick={() => onSave(b)}
                title="Save this batch's 837 file (Enter on the row)"
              >
                Save 837 file
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
