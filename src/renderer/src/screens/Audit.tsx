import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import type { AuditEntry } from '../../../shared/ops/audit'
import type { OpOutput } from '../../../shared/api'
import { call } from '../api'
import { AuditFilters, type AuditQuery } from '../components/AuditFilters'
import { messageOf } from '../forms/useApiErrors'
import { downloadFile } from './claims/saveFile'

type Verdict = OpOutput<'audit.verify'>

/** Who did what, newest first; and whether the hash chain still holds. */
export function Audit() {
  const [query, setQuery] = useState<AuditQuery>({})
  const [entries, setEntries] = useState<AuditEntry[]>([])
  const [nextBeforeId, setNextBeforeId] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [verdict, setVerdict] = useState<Verdict | null>(null)
  const [verifying, setVerifying] = useState(false)

  const filter = useCallback(
    (next: AuditQuery): Promise<void> =>
      call('audit.list', next).then((page) => {
        setQuery(next)
        setEntries(page.entries)
        setNextBeforeId(page.nextBeforeId)
        setError(null)
      }),
    [],
  )

  useEffect(() => {
    filter({}).catch((e: unknown) => setError(messageOf(e)))
  }, [filter])

  async function loadOlder() {
    if (nextBeforeId === null) return
    setBusy(true)
    try {
      const page = await call('audit.list', { ...query, beforeId: nextBeforeId })
      setEntries((old) => [...old, ...page.entries])
      setNextBeforeId(page.nextBeforeId)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const [exporting, setExporting] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  async function exportCsv() {
    setExporting(true)
    setNotice(null)
    try {
      const file = await call('audit.export', query)
      downloadFile(file.fileName, new Blob([file.csv], { type: 'text/csv' }))
      setNotice(
        `Saved ${file.fileName} (${file.count} entries). It names patients and is not encrypted: keep it in a private folder.`,
      )
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setExporting(false)
    }
  }

  async function verify() {
    setVerifying(true)
    setVerdict(null)
    try {
      setVerdict(await call('audit.verify', {}))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setVerifying(false)
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>Audit log</Title>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => void exportCsv()}
            loading={exporting}
            title="The entries matching the filter, as a spreadsheet file"
          >
            Export CSV
          </Button>
          <Button variant="default" onClick={() => void verify()} loading={verifying}>
            Verify chain
          </Button>
        </Group>
      </Group>
      {notice && (
        <Alert color="teal" variant="light" role="status" data-testid="audit-notice">
          {notice}
        </Alert>
      )}
      {verdict && <VerdictAlert verdict={verdict} />}
      <AuditFilters onFilter={filter} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Table data-testid="audit-table" verticalSpacing={3} fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>When</Table.Th>
            <Table.Th w={120}>User</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th w={260}>Patient</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td title={e.at}>{when(e.at)}</Table.Td>
              <Table.Td>{e.username ?? '—'}</Table.Td>
              <Table.Td title={e.action} data-testid="audit-action">
                {e.description}
              </Table.Td>
              <Table.Td data-testid="audit-patient">
                {e.patient ? `${e.patient.accountNo} · ${e.patient.name}` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {entries.length === 0 && !error && <Text c="dimmed">No entries match.</Text>}
      {nextBeforeId !== null && (
        <Group>
          <Button variant="default" onClick={() => void loadOlder()} loading={busy}>
            Load older
          </Button>
        </Group>
      )}
    </Stack>
  )
}

/** 03/02/2026 3:30:05 PM, in the office's own time. */
function when(iso: string): string {
  return new Date(iso).toLocaleString('en-US', {
    month: '2-digit',
    day: '2-digit',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  })
}

function VerdictAlert({ verdict }: { verdict: Verdict }) {
  if (verdict.ok) {
    return (
      <Alert color="teal" variant="light" role="status" data-testid="verify-result">
        OK ({verdict.count} entries)
      </Alert>
    )
  }
  return (
    <Alert color="red" role="alert" title="The audit log was changed" data-testid="verify-result">
      First failing entry: #{verdict.entryId ?? '?'} — {verdict.reason ?? 'no reason given'}
    </Alert>
  )
}
