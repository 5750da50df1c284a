import { Alert, Button, Group, Table, Text, TextInput, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import { cents, formatCents } from '../../../../shared/money'
import type { OpOutput } from '../../../../shared/api'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'

type Queue = OpOutput<'remits.unmatched'>

/** 835 claims that named no claim here: assign each to the claim it belongs to. */
export function UnmatchedRemits({ refreshKey }: { refreshKey: number }) {
  const load = useCallback(() => call('remits.unmatched', {}), [refreshKey]) // eslint-disable-line react-hooks/exhaustive-deps
  const queue = useLoad<Queue>(load)
  const [targets, setTargets] = useState<Record<number, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function assign(id: number) {
    setError(null)
    setNotice(null)
    try {
      const pcn = (targets[id] ?? '').trim().toUpperCase()
      const found = await call('claims.list', { patientControlNumber: pcn, limit: 1 })
      const claimId = found.rows[0]?.claimId
      if (claimId === undefined) throw new Error(`There is no claim ${pcn}.`)
      const posted = await call('remits.assign', { unmatchedId: id, claimId })
      setNotice(
        `Posted to claim ${pcn}: ${posted.status ?? ''}${posted.outcome ? ` (${posted.outcome})` : ''}.`,
      )
      queue.setData(await call('remits.unmatched', {}))
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const rows = queue.data?.rows ?? []
  return (
    <section aria-labelledby="unmatched-title">
      <Title order={3} id="unmatched-title">
        Unmatched remittances
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          None: every remittance claim matched a claim.
        </Text>
      ) : (
        <Table striped withTableBorder fz="sm" data-testid="unmatched-remits">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Payer's claim number for us</Table.Th>
              <Table.Th>Payer</Table.Th>
              <Table.Th>Charge</Table.Th>
              <Table.Th>Paid</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Assign to claim</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  {u.patientControlNumber} (CLP02 {u.statusCode})
                </Table.Td>
                <Table.Td>
                  {u.payerName} {u.traceNumber}
                </Table.Td>
                <Table.Td>{formatCents(cents(u.chargeCents))}</Table.Td>
                <Table.Td>{formatCents(cents(u.paidCents))}</Table.Td>
                <Table.Td>{u.fileName}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <TextInput
                      size="xs"
                      aria-label={`Claim number for ${u.patientControlNumber}`}
                      placeholder="Claim number"
                      value={targets[u.id] ?? ''}
                      onChange={(e) => {
                        const value = e.currentTarget.value
                        setTargets((t) => ({ ...t, [u.id]: value }))
                      }}
                    />
                    <Button
                      size="xs"
                      disabled={!(targets[u.id] ?? '').trim()}
                      onClick={() => void assign(u.id)}
                    >
                      Assign and post
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  )
}
