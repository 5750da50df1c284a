import { Alert, Button, Group, Input, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { UsDateInput } from '../../components/UsDateInput'
import { useState } from 'react'
import type { OpOutput } from '../../../../shared/api'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'

type Outcome = OpOutput<'codes.import'>

/** Reads the chosen file as base64: code files are plain text, but some are Windows-1252. */
function base64Of(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer)
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    }
    return btoa(binary)
  })
}

/**
 * One downloaded list at a time. Main detects what kind of file it is, checks every line and
 * loads all of it or none; the same file twice changes nothing.
 */
export function CodeImport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null)
  const [effective, setEffective] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function submit(allowShrink = false) {
    if (!file) return
    setBusy(true)
    setOutcome(null)
    setError(null)
    try {
      const r = await call('codes.import', {
        fileName: file.name,
        contentBase64: await base64Of(file),
        ...(effective.trim() ? { effective: effective.trim() } : {}),
        ...(allowShrink ? { allowShrink: true } : {}),
      })
      setOutcome(r)
      if (r.outcome === 'imported') onImported()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
        aria-label="Import a code list"
      >
        <Stack gap="sm">
          <Title order={4}>Import a code list</Title>
          <Group align="flex-end">
            <Input.Wrapper label="File" id="code-file">
              <input
                id="code-file"
                type="file"
                accept=".txt,.csv,.tsv,text/plain,text/csv"
                onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
                style={{ display: 'block', marginTop: 4 }}
              />
            </Input.Wrapper>
            <UsDateInput
              label="Effective date"
              placeholder="from the file name"
              description="MM/DD/YYYY (FY2026: 10/01/2025)"
              value={effective}
              onChange={setEffective}
              w={240}
            />
            <Button type="submit" disabled={!file} loading={busy}>
              Import
            </Button>
          </Group>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {outcome?.outcome === 'confirm-shrink' ? (
            <Alert
              color="orange"
              role="alert"
              title="This file would end many codes"
              data-testid="code-import-result"
            >
              <Stack gap="xs">
                <Text size="sm">{outcome.message}</Text>
                <Group>
                  <Button color="orange" loading={busy} onClick={() => void submit(true)}>
                    {`End ${outcome.shrinks
                      .reduce((n, s) => n + s.wouldEnd, 0)
                      .toLocaleString('en-US')} codes and import`}
                  </Button>
                  <Button variant="default" onClick={() => setOutcome(null)}>
                    Cancel
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            outcome && <OutcomeView outcome={outcome} />
          )}
        </Stack>
      </form>
    </Paper>
  )
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (outcome.outcome === 'refused') {
    return (
      <Alert color="red" role="alert" title="Nothing was imported" data-testid="code-import-result">
        <Text size="sm">{outcome.message}</Text>
        <Table mt="xs" aria-label="Problems">
          <Table.Tbody>
            {outcome.problems.map((p) => (
              <Table.Tr key={`${p.line}-${p.message}`}>
                <Table.Td w={90}>Line {p.line}</Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Alert>
    )
  }
  return (
    <Alert color="teal" role="status" data-testid="code-import-result">
      {outcome.message}
    </Alert>
  )
}
