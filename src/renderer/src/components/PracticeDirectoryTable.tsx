import { leaveIfConfirmed } from '../forms/unsaved'
import { Alert, Badge, Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core'
import { useCallback, useState, type ReactNode } from 'react'
import { messageOf } from '../forms/useApiErrors'
import { may, useSession } from '../session'
import { useLoad } from '../useLoad'

export interface DirectoryRow<R> {
  id: number
  active: boolean
  record: R
}

export interface DirectoryColumn<R> {
  label: string
  w?: number
  mono?: boolean
  render: (record: R) => ReactNode
}

export interface DirectoryFormProps<R> {
  /** The row being changed, or null when adding. */
  row: DirectoryRow<R> | null
  onSaved: (row: DirectoryRow<R>) => void
  onClose: () => void
}

/** A record a link asks to open for editing (a claim finding's "Fix the payer"). */
export interface RecordToOpen {
  /** Null opens the only active record, when there is just one (the practice's one office). */
  id: number | null
}

interface Props<R> {
  /** Singular, as in "Add provider". */
  noun: string
  load: (includeInactive: boolean) => Promise<DirectoryRow<R>[]>
  setActive: (id: number, active: boolean) => Promise<DirectoryRow<R>>
  columns: DirectoryColumn<R>[]
  /** How a row is named in buttons and notices. */
  label: (record: R) => string
  renderForm: (props: DirectoryFormProps<R>) => ReactNode
  modalSize?: string
  open?: RecordToOpen | null | undefined
}

type Editing<R> = { row: DirectoryRow<R> | null } | null

/**
 * One kind of the practice's records (providers, locations, referring providers, payers): a
 * compact table, add and edit in a dialog, and deactivation instead of deletion, because past
 * claims still name the record.
 */
export function PracticeDirectoryTable<R>(props: Props<R>) {
  const { noun, load, setActive, columns, label, renderForm, modalSize = 'lg' } = props
  const { session } = useSession()
  const canEdit = may(session, 'practice.manage')
  // A record named by a link may be the inactive one a finding is about: list them all.
  const [activeOnly, setActiveOnly] = useState((props.open?.id ?? null) === null)
  const loadRows = useCallback(() => load(!activeOnly), [load, activeOnly])
  const rows = useLoad(loadRows)
  const [editing, setEditing] = useState<Editing<R>>(null)
  const [asked, setAsked] = useState(props.open ?? null)
  if (asked && rows.data) {
    setAsked(null)
    const active = rows.data.filter((r) => r.active)
    const row =
      asked.id === null
        ? active.length === 1
          ? active[0]
          : undefined
        : rows.data.find((r) => r.id === asked.id)
    if (row && canEdit) setEditing({ row })
  }
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function toggle(row: DirectoryRow<R>) {
    setNotice(null)
    setError(null)
    try {
      const next = await setActive(row.id, !row.active)
      setNotice(`${next.active ? 'Reactivated' : 'Deactivated'}: ${label(next.record)}.`)
      await rows.reload()
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const saved = (row: DirectoryRow<R>) => {
    setNotice(`Saved ${noun}: ${label(row.record)}.`)
    setEditing(null)
    void rows.reload()
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Switch
          label="Active only"
          checked={activeOnly}
          onChange={(e) => setActiveOnly(e.currentTarget.checked)}
        />
        {canEdit && (
          <Button
            size="xs"
            onClick={() => {
              setNotice(null)
              setEditing({ row: null })
            }}
          >
            Add {noun}
          </Button>
        )}
      </Group>
      {(rows.error ?? error) && (
        <Alert color="red" role="alert">
          {rows.error ?? error}
        </Alert>
      )}
      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      <Table aria-label={`${noun}s`} data-testid={`${noun.replace(/ /g, '-')}-table`}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.label} w={c.w}>
                {c.label}
              </Table.Th>
            ))}
            <Table.Th w={80}>Status</Table.Th>
            {canEdit && <Table.Th w={170} aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows.data ?? []).map((row) => (
            <Table.Tr key={row.id} c={row.active ? undefined : 'dimmed'}>
              {columns.map((c) => (
                <Table.Td key={c.label} ff={c.mono ? 'monospace' : undefined}>
                  {c.render(row.record)}
                </Table.Td>
              ))}
              <Table.Td>
                {row.active ? (
                  <Badge color="teal" variant="light" size="sm">
                    Active
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" size="sm">
                    Inactive
                  </Badge>
                )}
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={`Edit ${label(row.record)}`}
                      onClick={() => {
                        setNotice(null)
                        setEditing({ row })
                      }}
                    >
                      Edit…
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color={row.active ? 'red' : 'teal'}
                      aria-label={`${row.active ? 'Deactivate' : 'Reactivate'} ${label(row.record)}`}
                      onClick={() => void toggle(row)}
                    >
                      {row.active ? 'Deactivate' : 'Reactivate'}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.data?.length === 0 && (
        <Text c="dimmed" size="sm">
          {activeOnly ? `No active ${noun}s.` : `No ${noun}s yet.`}
        </Text>
      )}
      <Modal
        opened={editing !== null}
        onClose={leaveIfConfirmed(() => setEditing(null))}
        title={editing?.row ? `Edit ${noun}` : `Add ${noun}`}
        size={modalSize}
      >
        {/* Mounted only while open, so every opening starts from the row's saved values. */}
        {editing &&
          renderForm({ row: editing.row, onSaved: saved, onClose: () => setEditing(null) })}
      </Modal>
    </Stack>
  )
}
