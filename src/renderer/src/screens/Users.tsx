import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { UserRow } from '../../../shared/ops/users'
import { ROLE_LABELS } from '../../../shared/permissions'
import { call } from '../api'
import { AddUserDialog } from '../components/AddUserDialog'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { ResetPasswordDialog, RoleDialog } from '../components/UserDialogs'
import { messageOf } from '../forms/useApiErrors'
import { useLoad } from '../useLoad'

type Dialog = { kind: 'role' | 'reset' | 'disable'; user: UserRow } | null

const listUsers = () => call('users.list', {})

/** Who may sign in, and with what role. */
export function Users() {
  const users = useLoad(listUsers)
  const [adding, setAdding] = useState(false)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [disableError, setDisableError] = useState<string | null>(null)
  const [disabling, setDisabling] = useState(false)

  const saved = (what: string) => (user: UserRow) => {
    setDialog(null)
    setAdding(false)
    setNotice(`${what}: ${user.username}.`)
    void users.reload()
  }
  const pick = (kind: 'role' | 'reset' | 'disable', user: UserRow) => {
    setNotice(null)
    setDisableError(null)
    setDialog({ kind, user })
  }
  const close = () => setDialog(null)

  async function disable(user: UserRow) {
    setDisabling(true)
    try {
      saved('Disabled')(await call('users.disable', { userId: user.id }))
    } catch (error) {
      setDisableError(messageOf(error))
    } finally {
      setDisabling(false)
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>Users</Title>
        <Button onClick={() => setAdding(true)}>Add user</Button>
      </Group>
      {users.error && <Alert color="red">{users.error}</Alert>}
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
      <Table data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>User name</Table.Th>
            <Table.Th>Full name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Must change password</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(users.data ?? []).map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td ff="monospace">{u.username}</Table.Td>
              <Table.Td>{u.fullName}</Table.Td>
              <Table.Td>{ROLE_LABELS[u.role]}</Table.Td>
              <Table.Td>
                {u.disabled ? (
                  <Badge color="gray">Disabled</Badge>
                ) : (
                  <Badge color="teal">Active</Badge>
                )}
              </Table.Td>
              <Table.Td>{u.mustChangePassword ? 'Yes' : 'No'}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={`Change role of ${u.username}`}
                    onClick={() => pick('role', u)}
                  >
                    Role…
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={`Reset password of ${u.username}`}
                    onClick={() => pick('reset', u)}
                  >
                    Reset password…
                  </Button>
                  {!u.disabled && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      aria-label={`Disable ${u.username}`}
                      onClick={() => pick('disable', u)}
                    >
                      Disable…
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {users.data?.length === 0 && <Text c="dimmed">No users yet.</Text>}

      <AddUserDialog opened={adding} onClose={() => setAdding(false)} onAdded={saved('Added')} />
      <RoleDialog
        user={dialog?.kind === 'role' ? dialog.user : null}
        onClose={close}
        onSaved={saved('Role changed')}
      />
      <ResetPasswordDialog
        user={dialog?.kind === 'reset' ? dialog.user : null}
        onClose={close}
        onSaved={saved('New first password set')}
      />
      <ConfirmDialog
        opened={dialog?.kind === 'disable'}
        title={`Disable ${dialog?.user.username ?? ''}?`}
        confirmLabel="Disable"
        busy={disabling}
        error={disableError}
        onCancel={close}
        onConfirm={() => dialog && void disable(dialog.user)}
      >
        {dialog?.user.fullName} will no longer be able to sign in: their key is removed from the
        keyring. Resetting their password enables them again.
      </ConfirmDialog>
    </Stack>
  )
}
