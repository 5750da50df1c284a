import { Alert, Button, Checkbox, Group, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { formatDate } from '../../../../shared/usFormat'
import { useCallback, useState } from 'react'
import { cents, formatCents } from '../../../../shared/money'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { ClaimsNav } from './ClaimsNav'
import { claimHref } from './claimsRoute'
import { downloadFile, PLAINTEXT_NOTE } from './saveFile'

/**
 * Claims to payers that take only paper: printed in one job on the CMS-1500, then marked mailed
 * (submitted) once the envelopes are out — printing alone changes nothing, as a jam may eat a form.
 */
export function ClaimPrintQueue() {
  const { session } = useSession()
  const canSubmit = may(session, 'claims.submit')
  const load = useCallback(() => call('claims.paperQueue', {}), [])
  const queue = useLoad(load)
  const [chosen, setChosen] = useState<Set<number> | null>(null)
  const [busy, setBusy] = useState<'print' | 'mail' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const rows = queue.data ?? []
  // Everything is chosen until the biller unticks something.
  const picked = chosen ?? new Set(rows.map((r) => r.claim.claimId))
  const pickedRows = rows.filter((r) => picked.has(r.claim.claimId))
  const total = pickedRows.reduce((s, r) => s + r.claim.totalCents, 0)

  function toggle(claimId: number) {
    const next = new Set(picked)
    if (next.has(claimId)) next.delete(claimId)
    else next.add(claimId)
    setChosen(next)
  }

  async function act(what: 'print' | 'mail') {
    setBusy(what)
    setError(null)
    setNotice(null)
    const claimIds = pickedRows.map((r) => r.claim.claimId)
    try {
      if (what === 'print') {
        const r = await call('claims.printPaper', { claimIds })
        const bytes = Uint8Array.from(atob(r.pdfBase64), (c) => c.charCodeAt(0))
        downloadFile(r.fileName, new Blob([bytes], { type: 'application/pdf' }))
        setNotice(
          `${claimIds.length} CMS-1500 ${claimIds.length === 1 ? 'form' : 'forms'} saved as ${r.fileName}. Print them, then mark them mailed. ${PLAINTEXT_NOTE}`,
        )
      } else {
        const r = await call('claims.markMailed', { claimIds })
        setNotice(
          `${r.claimsSubmitted} ${r.claimsSubmitted === 1 ? 'claim is' : 'claims are'} now submitted (mailed).`,
        )
        setChosen(null)
        await queue.reload()
      }
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Stack gap="sm">
      <Title order={2}>Claims</Title>
      <ClaimsNav current="paper" />
      {(error ?? queue.error) && (
        <Alert color="red" role="alert">
          {error ?? queue.error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {queue.data ? (
        rows.length === 0 ? (
          <Text c="dimmed">
            No paper claim is waiting. Claims to payers that take only paper come here when queued.
          </Text>
        ) : (
          <>
            <Group gap="sm">
              <Text size="sm">
                {pickedRows.length} of {rows.length} chosen · {formatCents(cents(total))}
              </Text>
              {canSubmit && (
                <>
                  <Button
                    size="xs"
                    loading={busy === 'print'}
                    disabled={pickedRows.length === 0 || busy !== null}
                    onClick={() => void act('print')}
                  >
                    Print CMS-1500s
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    loading={busy === 'mail'}
                    disabled={pickedRows.length === 0 || busy !== null}
                    onClick={() => void act('mail')}
                  >
                    Mark mailed
                  </Button>
                </>
              )}
            </Group>
            <Table striped aria-label="Paper claims to print">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={32} />
                  <Table.Th>Claim</Table.Th>
                  <Table.Th>Patient</Table.Th>
                  <Table.Th>Service date</Table.Th>
                  <Table.Th ta="right">Charge</Table.Th>
                  <Table.Th>Mail to</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ claim, mailTo }) => (
                  <Table.Tr key={claim.claimId}>
                    <Table.Td>
                      <Checkbox
                        size="xs"
                        checked={picked.has(claim.claimId)}
                        onChange={() => toggle(claim.claimId)}
                        aria-label={`Choose ${claim.patientControlNumber}`}
                      />
                    </Table.Td>
                    <Table.Td>
                      <a href={claimHref(claim.claimId)}>{claim.patientControlNumber}</a>
                    </Table.Td>
                    <Table.Td>{claim.patientName}</Table.Td>
                    <Table.Td>{formatDate(claim.dateOfService)}</Table.Td>
                    <Table.Td ta="right">{formatCents(cents(claim.totalCents))}</Table.Td>
                    <Table.Td>{mailTo}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )
      ) : (
        !queue.error && <Loader size="sm" aria-label="Loading the print queue" />
      )}
    </Stack>
  )
}
