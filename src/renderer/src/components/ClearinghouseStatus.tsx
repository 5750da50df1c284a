import { Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { SyncStatus } from '../../../shared/ops/clearinghouse'
import { call } from '../api'

const REFRESH_MS = 30_000

/** The status bar's clearinghouse line: last sync, "offline — N batches waiting", or what failed. */
export function ClearinghouseStatus() {
  const [status, setStatus] = useState<SyncStatus | null>(null)
  useEffect(() => {
    let alive = true
    const load = () =>
      call('clearinghouse.status', {})
        .then((s) => alive && setStatus(s))
        .catch(() => alive && setStatus(null))
    void load()
    const timer = setInterval(() => void load(), REFRESH_MS)
    return () => {
      alive = false
      clearInterval(timer)
    }
  }, [])
  if (!status) return null
  const color =
    status.state === 'stopped' || status.state === 'error'
      ? 'red'
      : status.state === 'offline'
        ? 'orange'
        : undefined
  return (
    <Text size="xs" c={color} data-testid="status-clearinghouse" title={status.message}>
      Clearinghouse: {status.message}
    </Text>
  )
}
