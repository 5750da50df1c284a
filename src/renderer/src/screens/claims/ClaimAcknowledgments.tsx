import { formatDateTime } from '../../../../shared/usFormat'
import { Badge, Table, Text, Title } from '@mantine/core'
import { useCallback } from 'react'
import { call } from '../../api'
import { useLoad } from '../../useLoad'

const KIND_LABEL = { '999': '999', TA1: 'TA1', '277CA': '277CA', manual: 'By hand' } as const

/** A claim's answers from the clearinghouse and payer, oldest first. */
export function ClaimAcknowledgments({ claimId, version }: { claimId: number; version: string }) {
  // `version` (the claim's updated time) reloads the answers after an action on the claim.
  const load = useCallback(() => {
    void version
    return call('claims.acknowledgments', { claimId })
  }, [claimId, version])
  const acks = useLoad(load)
  return (
    <section aria-labelledby="acks-title">
      <Title order={4} id="acks-title">
        Acknowledgments
      </Title>
      {acks.error && <Text c="red">{acks.error}</Text>}
      {acks.data && acks.data.length === 0 && (
        <Text size="sm" c="dimmed">
          No 999 or 277CA has come for this claim.
        </Text>
      )}
      {acks.data && acks.data.length > 0 && (
        <Table striped aria-label="Acknowledgments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Answer</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>What it says</Table.Th>
              <Table.Th>File</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {acks.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{formatDateTime(a.recordedAt)}</Table.Td>
                <Table.Td>{KIND_LABEL[a.kind]}</Table.Td>
                <Table.Td>
                  <Badge
                    color={
                      a.status === 'rejected' ? 'red' : a.status === 'accepted' ? 'teal' : 'gray'
                    }
                    variant="light"
                  >
                    {a.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {a.explanation}
                  {a.payerClaimNumber ? ` · payer claim number ${a.payerClaimNumber}` : ''}
                </Table.Td>
                <Table.Td>
                  {a.fileId !== null ? <a href={`#/inbox/${a.fileId}`}>{a.fileName}</a> : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  )
}
