import { formatDate } from '../../../../shared/usFormat'
import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'
import { downloadPdf } from './pdf'

/** The statements a patient was on, with reprint of the archived copy, and today's preview. */
export function PatientStatements({ accountNo }: { accountNo: string }) {
  const history = useLoad(() => call('statements.history', { accountNo }))
  const [error, setError] = useState<string | null>(null)

  const reprint = async (statementId: number) => {
    setError(null)
    try {
      const r = await call('statements.reprint', { statementId })
      downloadPdf(r.fileName, r.pdfBase64)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const previewToday = async () => {
    setError(null)
    try {
      const r = await call('statements.account', { accountNo })
      downloadPdf(r.fileName, r.pdfBase64)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  if (history.loading && !history.data) return <Loader size="sm" />
  return (
    <Stack gap="sm">
      <Group>
        <Button size="xs" variant="default" onClick={() => void previewToday()}>
          Preview today’s statement
        </Button>
      </Group>
      {(error ?? history.error) && (
        <Alert color="red" role="alert">
          {error ?? history.error}
        </Alert>
      )}
      {history.data && history.data.length === 0 ? (
        <Text c="dimmed">No statements sent yet.</Text>
      ) : (
        <Table striped withTableBorder data-testid="statement-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Sent to</Table.Th>
              <Table.Th ta="right">Amount due</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(history.data ?? []).map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{formatDate(s.statementDate)}</Table.Td>
                <Table.Td>{formatDate(s.dueDate)}</Table.Td>
                <Table.Td>{s.guarantor}</Table.Td>
                <Table.Td ta="right">{money(s.amountDueCents)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => void reprint(s.id)}>
                    Reprint
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
