import { formatDateTime } from '../../../../shared/usFormat'
import {
  Alert,
  Badge,
  Button,
  Group,
  Input,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import type { ImportedFile, InboxFile } from '../../../../shared/schemas/inbox'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { InboxFileView } from './InboxFileView'
import { base64Of } from './readFiles'

const STATUS_COLOR: Record<InboxFile['status'], string> = {
  processed: 'teal',
  refused: 'red',
  stored: 'gray',
  received: 'yellow',
}

function fileIdOf(hash: string): number | null {
  const m = /^#\/inbox\/(\d+)/.exec(hash)
  return m ? Number(m[1]) : null
}

function useOpenFile(): number | null {
  const [id, setId] = useState(() => fileIdOf(window.location.hash))
  useEffect(() => {
    const onChange = () => setId(fileIdOf(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return id
}

/** Files by hand: several at once, each told by its content; the same file twice applies once. */
function InboxImport({ onImported }: { onImported: (results: ImportedFile[]) => void }) {
  const [files, setFiles] = useState<File[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit() {
    if (files.length === 0) return
    setBusy(true)
    setError(null)
    try {
      const input = await Promise.all(
        files.map(async (f) => ({ name: f.name, contentBase64: await base64Of(f) })),
      )
      onImported(await call('inbox.import', { files: input }))
      setFiles([])
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper withBorder p="md">
      <form
        aria-label="Import files"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack gap="sm">
          <Title order={4}>Import files by hand</Title>
          <Text size="sm" c="dimmed">
            999, TA1 and 277CA files or vendor reports received by e-mail or downloaded from the
            clearinghouse's website. ClaimDesk reads what each file is from its content.
          </Text>
          <Group align="flex-end">
            <Input.Wrapper label="Files" id="inbox-files">
              <input
                id="inbox-files"
                type="file"
                multiple
                onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
              />
            </Input.Wrapper>
            <Button type="submit" loading={busy} disabled={files.length === 0}>
              Import
            </Button>
          </Group>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  )
}

/** The Inbox area: every file received or imported, what it was and what it did. */
export function Inbox() {
  const openId = useOpenFile()
  const load = useCallback(() => call('inbox.list', { limit: 500 }), [])
  const files = useLoad(load)
  const [results, setResults] = useState<ImportedFile[] | null>(null)

  if (openId !== null) return <InboxFileView key={openId} fileId={openId} />

  return (
    <Stack gap="sm">
      <Title order={2}>Inbox</Title>
      <InboxImport
        onImported={(r) => {
          setResults(r)
          void files.reload()
        }}
      />
      {results && (
        <Alert color="teal" variant="light" role="status" title="Imported">
          {results.map((r) => (
            <div key={r.file.id}>
              {r.file.originalName}: {r.file.kind}
              {r.duplicate ? ' (already received: nothing new applied)' : ''} — {r.file.outcome}
            </div>
          ))}
        </Alert>
      )}
      {files.error && (
        <Alert color="red" role="alert">
          {files.error}
        </Alert>
      )}
      {files.data ? (
        files.data.length === 0 ? (
          <Text c="dimmed">No file has been received yet.</Text>
        ) : (
          <Table striped highlightOnHover aria-label="Inbound files">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Received</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>What it did</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.data.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{formatDateTime(f.receivedAt)}</Table.Td>
                  <Table.Td>{f.kind === 'text' ? 'Report' : f.kind}</Table.Td>
                  <Table.Td>
                    <a href={`#/inbox/${f.id}`}>{f.originalName}</a>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[f.status]} variant="light">
                      {f.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{f.outcome}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : (
        !files.error && <Loader size="sm" aria-label="Loading the inbox" />
      )}
    </Stack>
  )
}
