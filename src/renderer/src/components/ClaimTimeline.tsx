import { formatDateTime } from '../../../shared/usFormat'
import { Table, Text } from '@mantine/core'
import type { ClaimHistoryEntry } from '../../../shared/schemas/claim'
import { claimStatusText } from './ClaimStatusBadge'

/** Every move of the claim, oldest first: when, who, from → to, why, and the file behind it. */
export function ClaimTimeline({ history }: { history: ClaimHistoryEntry[] }) {
  return (
    <Table aria-label="Claim history" data-testid="claim-timeline">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>When</Table.Th>
          <Table.Th w={110}>Who</Table.Th>
          <Table.Th w={220}>From → to</Table.Th>
          <Table.Th>Why</Table.Th>
          <Table.Th w={230}>File</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.map((h, i) => (
          <Table.Tr key={i}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(h.at)}</Table.Td>
            <Table.Td>{h.user}</Table.Td>
            <Table.Td>
              {h.from ? (
                claimStatusText(h.from)
              ) : (
                <Text span c="dimmed">
                  new
                </Text>
              )}{' '}
              → <b>{claimStatusText(h.to)}</b>
            </Table.Td>
            <Table.Td>{h.reason}</Table.Td>
            <Table.Td ff="monospace" fz="xs">
              {h.sourceFile ?? ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
