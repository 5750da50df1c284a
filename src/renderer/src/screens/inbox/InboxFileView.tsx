import { formatDateTime } from '../../../../shared/usFormat'
import {
  Alert,
  Anchor,
  Badge,
  Code,
  Loader,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useCallback } from 'react'
import { call } from '../../api'
import { useLoad } from '../../useLoad'

/** One inbound file: what it did, its answers per claim, and the file itself as text. */
export function InboxFileView({ fileId }: { fileId: number }) {
  const load = useCallback(() => call('inbox.get', { fileId }), [fileId])
  const file = useLoad(load)
  if (file.error) {
    return (
      <Alert color="red" role="alert">
        {file.error}
      </Alert>
    )
  }
  const f = file.data
  if (!f) return <Loader size="sm" aria-label="Loading the file" />
  return (
    <Stack gap="sm">
      <Anchor href="#/inbox">← Inbox</Anchor>
      <Title order={2}>{f.originalName}</Title>
      <Text>
        {f.kind === 'text' ? 'Text report' : f.kind} · received {formatDateTime(f.receivedAt)} by{' '}
        {f.receivedBy} · <Badge variant="light">{f.status}</Badge>
      </Text>
      {f.outcome && (
        <Alert color={f.status === 'refused' ? 'red' : 'teal'} variant="light">
          {f.outcome}
        </Alert>
      )}
      {f.acknowledgments.length > 0 && (
        <section aria-labelledby="answers-title">
          <Title order={4} id="answers-title">
            Answers per claim
          </Title>
          <Table striped aria-label="Answers per claim">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Claim</Table.Th>
                <Table.Th>Answer</Table.Th>
                <Table.Th>Explanation</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.acknowledgments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {a.claimId !== null ? (
                      <a href={`#/claims/${a.claimId}`}>{a.patientControlNumber}</a>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={
                        a.status === 'rejected' ? 'red' : a.status === 'accepted' ? 'teal' : 'gray'
                      }
                    >
                      {a.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{a.explanation}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
      <section aria-labelledby="text-title">
        <Title order={4} id="text-title">
          {f.kind === 'text' || f.kind === 'unknown' ? 'Report' : 'The file, one segment a line'}
        </Title>
        <ScrollArea h={420} type="auto">
          <Code block>{f.text}</Code>
        </ScrollArea>
        {f.truncated && <Text size="sm">Only the first megabyte is shown.</Text>}
      </section>
    </Stack>
  )
}
