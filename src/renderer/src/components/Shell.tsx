import { AppShell, Button, Group, NavLink, Text, Title } from '@mantine/core'
import { useEffect } from 'react'
import { confirmLeave, guardWindowClose, leaveIfConfirmed } from '../forms/unsaved'
import { ROLE_LABELS } from '../../../shared/permissions'
import { areasFor } from '../areas'
import { useRoute } from '../route'
import { ChangePassword } from '../screens/ChangePassword'
import { NotFound } from '../screens/NotFound'
import { may, useSession, type AppInfo } from '../session'
import { ClearinghouseStatus } from './ClearinghouseStatus'
import { UserMenu } from './UserMenu'

const STORE_TEXT: Record<AppInfo['store'], string> = {
  absent: 'no practice yet',
  closed: 'encrypted, closed',
  open: 'encrypted, open',
}

/** The signed-in, unlocked app: navigation for what the role may use, header and status bar. */
export function Shell() {
  const { info, session, accept, lock } = useSession()
  const areas = areasFor(session.permissions)
  const [route, go] = useRoute(areas[0]!.id)
  // An area may name a place inside itself after a slash (#/patients/123) or a query
  // (#/practice?tab=payers), as a scrubber finding's link does.
  const area = areas.find((a) => a.id === route.split(/[/?]/)[0])
  const user = session.user!
  useEffect(guardWindowClose, [])

  return (
    <AppShell
      header={{ height: 44 }}
      navbar={{ width: 200, breakpoint: 0 }}
      footer={{ height: 26 }}
      padding="md"
    >
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" gap="xs">
          <Title order={4} data-testid="app-title">
            ClaimDesk
          </Title>
          <span style={{ flex: 1 }} />
          <Button variant="default" size="xs" onClick={() => void lock()} title="Lock (Ctrl+L)">
            Lock
          </Button>
          <UserMenu onChangePassword={leaveIfConfirmed(() => go('password'))} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p={4} aria-label="Billing areas" className="no-print">
        {areas.map((a) => (
          <NavLink
            key={a.id}
            label={a.label}
            active={route !== 'password' && a.id === area?.id}
            href={`#/${a.id}`}
            onClick={(e) => {
              e.preventDefault()
              if (confirmLeave()) go(a.id)
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {route === 'password' ? (
          <ChangePassword onChanged={accept} onCancel={() => go(areas[0]!.id)} />
        ) : area ? (
          area.render()
        ) : (
          <NotFound route={route} home={areas[0]!} />
        )}
      </AppShell.Main>
      <AppShell.Footer className="no-print">
        <div className="status-bar" role="status" aria-label="Status">
          <Text size="xs" data-testid="status-store">
            Practice store: {STORE_TEXT[info.store]}
          </Text>
          <Text size="xs" data-testid="status-user">
            {user.fullName} · {ROLE_LABELS[user.role]}
          </Text>
          {may(session, 'inbox.read') && <ClearinghouseStatus />}
          <span className="spacer" />
          <Text size="xs" data-testid="status-version">
            ClaimDesk {info.version}
          </Text>
        </div>
      </AppShell.Footer>
    </AppShell>
  )
}
