import { Alert, Loader, Stack, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import type { BatchSummary } from '../../../../shared/schemas/claim'
import { call } from '../../api'
import { BatchTable } from '../../components/BatchTable'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { ClaimsNav } from './ClaimsNav'
import { saveBatchFile, PLAINTEXT_NOTE } from './saveFile'

/** Every 837P batch made, newest first, each file to save again. */
export function ClaimBatches() {
  const load = useCallback(() => call('claims.batches', { limit: 500 }), [])
  const batches = useLoad(load)
  const [saving, setSaving] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function save(b: BatchSummary) {
    setSaving(b.batchId)
    setError(null)
    try {
      setNotice(`Saved ${await saveBatchFile(b.batchId)}. ${PLAINTEXT_NOTE}`)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setSaving(null)
    }
  }

  return (
    <Stack gap="sm">
      <Title order={2}>Claims</Title>
      <ClaimsNav current="batches" />
      {(error ?? batches.error) && (
        <Alert color="red" role="alert">
          {error ?? batches.error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {batches.data ? (
        <BatchTable batches={batches.data} saving={saving} onSave={(b) => void save(b)} />
      ) : (
        !batches.error && <Loader size="sm" aria-label="Loading the batches" />
      )}
    </Stack>
  )
}
