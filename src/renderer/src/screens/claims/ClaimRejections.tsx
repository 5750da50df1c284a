import { formatDate } from '../../../../shared/usFormat'
import { Alert, Button, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import type { Rejection } from '../../../../shared/schemas/acknowledgment'
import { formatCents, cents } from '../../../../shared/money'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { ClaimsNav } from './ClaimsNav'
import { claimHref } from './claimsRoute'

/** Claims the clearinghouse or payer rejected, with why, each sent again in one action. */
export function ClaimRejections() {
  const load = useCallback(() => call('claims.rejections', {}), [])
  const list = useLoad(load)
  const [busy, setBusy] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function fix(r: Rejection) {
    setBusy(r.claimId)
    setError(null)
    try {
      const result = await call('claims.fixAndResend', { claimId: r.claimId })
      setNotice(result.message)
      await list.reload()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Stack gap="sm">
      <Title order={2}>Claims</Title>
      <ClaimsNav current="rejections" />
      {(error ?? list.error) && (
        <Alert color="red" role="alert">
          {error ?? list.error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {list.data ? (
        list.data.length === 0 ? (
          <Text c="dimmed">No rejected claim is waiting.</Text>
        ) : (
          <Table striped aria-label="Rejected claims">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Claim</Table.Th>
                <Table.Th>Patient</Table.Th>
                <Table.Th>Payer</Table.Th>
                <Table.Th>Service date</Table.Th>
                <Table.Th>Charge</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((r) => (
                <Table.Tr key={r.claimId}>
                  <Table.Td>
                    <a href={claimHref(r.claimId)}>{r.patientControlNumber}</a>
                  </Table.Td>
                  <Table.Td>{r.patientName}</Table.Td>
                  <Table.Td>{r.payerName}</Table.Td>
                  <Table.Td>{formatDate(r.dateOfService)}</Table.Td>
                  <Table.Td>{formatCents(cents(r.totalCents))}</Table.Td>
                  <Table.Td>
                    {r.kind ? `${r.kind}: ` : ''}
                    {r.reason}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      loading={busy === r.claimId}
                      onClick={() => void fix(r)}
                      aria-label={`Fix and resend ${r.patientControlNumber}`}
                    >
                      Fix and resend
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : (
        !list.error && <Loader size="sm" aria-label="Loading the rejections" />
      )}
    </Stack>
  )
}
