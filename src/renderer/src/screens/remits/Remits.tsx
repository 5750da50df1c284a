import { Alert, Button, Group, Input, Loader, Stack, Tabs, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { EraResult } from '../../../../shared/ops/remits'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { InsuranceCheck } from './InsuranceCheck'
import { RemitPreview } from './RemitPreview'
import { UnmatchedRemits } from './UnmatchedRemits'

interface Chosen {
  fileName: string
  content: string
}

/** Remittances: an 835 file, or an insurance check / paper EOB entered by hand. */
export function Remits() {
  return (
    <Stack gap="sm" maw={1400}>
      <Title order={2}>Remittances</Title>
      <Tabs defaultValue="era" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="era">835 remittance</Tabs.Tab>
          <Tabs.Tab value="check">Insurance check / EOB</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="era">
          <EraFile />
        </Tabs.Panel>
        <Tabs.Panel value="check">
          <InsuranceCheck />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}

/** Choose an 835, see what it would post, post it; assign what did not match. */
function EraFile() {
  const [file, setFile] = useState<Chosen | null>(null)
  const [preview, setPreview] = useState<EraResult | null>(null)
  const [posted, setPosted] = useState<EraResult | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [refresh, setRefresh] = useState(0)

  async function choose(input: HTMLInputElement) {
    const chosen = input.files?.[0]
    setPreview(null)
    setPosted(null)
    setError(null)
    if (!chosen) return
    setBusy(true)
    try {
      const picked = { fileName: chosen.name, content: await chosen.text() }
      setFile(picked)
      setPreview(await call('era.preview', picked))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  async function post() {
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      const result = await call('era.import', file)
      setPosted(result)
      setPreview(null)
      setRefresh((n) => n + 1)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const shown = posted ?? preview
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Choose an 835 file from the payer or clearinghouse. It is checked and shown first: nothing
        is posted until you press Post, and then all of it or none of it.
      </Text>
      <Input.Wrapper label="835 file" id="era-file">
        <input
          id="era-file"
          type="file"
          accept=".835,.txt,.edi,.x12,text/plain"
          onChange={(e) => void choose(e.currentTarget)}
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      {busy && <Loader size="sm" aria-label="Working on the file" />}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {shown && (
        <Alert
          color={shown.status === 'processed' ? 'teal' : 'red'}
          variant="light"
          role="status"
          data-testid="era-outcome"
        >
          {posted
            ? shown.status === 'processed'
              ? shown.outcome
              : `Refused, nothing posted: ${shown.outcome}`
            : shown.status === 'processed'
              ? `Would post: ${shown.outcome.replace(/^Posted/, 'post')}`
              : `This file would be refused: ${shown.outcome}`}
        </Alert>
      )}
      {preview?.status === 'processed' && (
        <Group>
          <Button onClick={() => void post()} disabled={busy} data-testid="era-post">
            Post
          </Button>
        </Group>
      )}
      {shown && <RemitPreview result={shown} />}
      <UnmatchedRemits refreshKey={refresh} />
    </Stack>
  )
}
