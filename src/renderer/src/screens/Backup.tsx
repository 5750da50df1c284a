import { formatDateTime } from '../../../shared/usFormat'
import { Alert, Button, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { OpOutput } from '../../../shared/api'
import { call } from '../api'
import { BackupRestore } from '../components/BackupRestore'
import { BackupScheduleForm } from '../components/BackupScheduleForm'
import { messageOf } from '../forms/useApiErrors'
import { may, useSession } from '../session'
import { useLoad } from '../useLoad'

type Status = OpOutput<'backup.status'>
type Ran = OpOutput<'backup.run'>

const loadStatus = () => call('backup.status', {})

export function Backup() {
  const { session, logout } = useSession()
  const status = useLoad(loadStatus)
  const [ran, setRan] = useState<Ran | null>(null)
  const [runError, setRunError] = useState<string | null>(null)
  const [running, setRunning] = useState(false)
  const [restoreFile, setRestoreFile] = useState('')

  async function runNow() {
    setRunning(true)
    setRan(null)
    setRunError(null)
    try {
      setRan(await call('backup.run', {}))
    } catch (error) {
      setRunError(messageOf(error))
    } finally {
      setRunning(false)
      void status.reload()
    }
  }

  const data = status.data
  return (
    <Stack gap="md">
      <Title order={2}>Backup</Title>
      {status.error && (
        <Alert color="red" role="alert">
          {status.error}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void runNow()} loading={running}>
          Back up now
        </Button>
      </Group>
      {ran && <RunResult ran={ran} />}
      {runError && (
        <Alert color="red" role="alert" title="The backup failed" data-testid="backup-result">
          {runError}
        </Alert>
      )}
      {/* A run that just failed is already shown above; the same failure twice is noise. */}
      {data && <LastAndNext status={data} hideFailure={runError !== null} />}

      <Title order={3}>Schedule</Title>
      {data && may(session, 'settings.manage') && (
        <BackupScheduleForm schedule={data.schedule} onSaved={() => void status.reload()} />
      )}
      {data && !may(session, 'settings.manage') && (
        <Text size="sm">
          {data.schedule.daily ? `Daily at ${data.schedule.time}` : 'No daily backup'}, keeping the
          newest {data.schedule.keep}, into{' '}
          <Code>{data.schedule.folder ?? '(no folder chosen)'}</Code>.
        </Text>
      )}

      {data && (
        <BackupFiles
          status={data}
          onPick={may(session, 'backup.restore') ? (file) => setRestoreFile(file) : undefined}
        />
      )}
      {may(session, 'backup.restore') && (
        <BackupRestore
          key={restoreFile}
          file={restoreFile}
          onRestored={(r) =>
            void logout(
              `The practice data was restored from ${r.restoredFrom} (made ${formatDateTime(r.createdAt)}). Everyone was signed out: sign in again.`,
            )
          }
        />
      )}
    </Stack>
  )
}

function RunResult({ ran }: { ran: Ran }) {
  return (
    <Alert
      color="teal"
      variant="light"
      role="status"
      title="Backup written"
      data-testid="backup-result"
    >
      <Code>{ran.file}</Code> ({formatBytes(ran.bytes)})
      {ran.removed.length > 0 && (
        <>
          <Text size="sm" mt={4}>
            Removed older backups:
          </Text>
          <List size="sm">
            {ran.removed.map((f) => (
              <List.Item key={f}>
                <Code>{f}</Code>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  )
}

function LastAndNext({ status, hideFailure }: { status: Status; hideFailure: boolean }) {
  const { last, next } = status
  return (
    <Stack gap={4}>
      {last && last.ok && (
        <Text size="sm" data-testid="backup-last">
          Last backup: {formatDateTime(last.at)} — {last.message}
        </Text>
      )}
      {last && !last.ok && !hideFailure && (
        <Alert color="red" role="alert" title="The last backup failed" data-testid="backup-last">
          {formatDateTime(last.at)}: {last.message}
        </Alert>
      )}
      {!last && <Text size="sm">No backup has been made yet.</Text>}
      <Text size="sm" data-testid="backup-next">
        {next ? `Next backup: ${formatDateTime(next)}` : 'No backup is scheduled.'}
      </Text>
    </Stack>
  )
}

function BackupFiles({ status, onPick }: { status: Status; onPick?: (file: string) => void }) {
  if (status.files.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No backup files in the folder yet.
      </Text>
    )
  return (
    <Table data-testid="backup-files">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Backup file</Table.Th>
          <Table.Th w={100}>Size</Table.Th>
          <Table.Th w={190}>Made</Table.Th>
          {onPick && <Table.Th w={160} aria-label="Actions" />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {status.files.map((f) => (
          <Table.Tr key={f.file}>
            <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
              {f.file}
            </Table.Td>
            <Table.Td>{formatBytes(f.bytes)}</Table.Td>
            <Table.Td>{formatDateTime(f.createdAt)}</Table.Td>
            {onPick && (
              <Table.Td>
                <Button size="compact-xs" variant="default" onClick={() => onPick(f.file)}>
                  Choose for restore
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
