import { Button, Kbd, Menu } from '@mantine/core'
import { ROLE_LABELS } from '../../../shared/permissions'
import { useSession } from '../session'

/** Who is signed in, and the ways out: password, lock, sign out. */
export function UserMenu({ onChangePassword }: { onChangePassword: () => void }) {
  const { session, lock, logout } = useSession()
  const user = session.user
  if (!user) return null
  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          data-testid="user-menu"
          rightSection={<span aria-hidden="true">▾</span>}
          aria-label={`User menu: ${user.fullName}`}
        >
          {user.fullName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.username} · {ROLE_LABELS[user.role]}
        </Menu.Label>
        <Menu.Item onClick={onChangePassword}>Change password</Menu.Item>
        <Menu.Item onClick={() => void lock()} rightSection={<Kbd size="xs">Ctrl+L</Kbd>}>
          Lock
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void logout()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
