import { AppShell, Group, NavLink, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { OpOutput } from '../../shared/api'
import { call } from './api'
import { useRoute } from './route'
import { About } from './screens/About'

interface Area {
  id: string
  label: string
  render: () => React.ReactNode
}

// Billing areas join this list as they are built.
const AREAS: Area[] = [{ id: 'about', label: 'About', render: () => <About /> }]

export function App() {
  const [route, go] = useRoute('about')
  const [info, setInfo] = useState<OpOutput<'app.info'> | null>(null)
  useEffect(() => {
    call('app.info', {}).then(setInfo, () => setInfo(null))
  }, [])
  const area = AREAS.find((a) => a.id === route) ?? AREAS[0]!

  return (
    <AppShell header={{ height: 44 }} navbar={{ width: 200, breakpoint: 0 }} footer={{ height: 26 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md">
          <Title order={4} data-testid="app-title">
            ClaimDesk
          </Title>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p={4} aria-label="Billing areas">
        {AREAS.map((a) => (
          <NavLink key={a.id} label={a.label} active={a.id === area.id} href={`#/${a.id}`} onClick={() => go(a.id)} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{area.render()}</AppShell.Main>
      <AppShell.Footer>
        <div className="status-bar" role="status">
          <Text size="xs" data-testid="status-version">
            ClaimDesk {info?.version ?? ''}
          </Text>
          <span className="spacer" />
          <Text size="xs">{info ? `Store: ${info.store}` : 'Connecting…'}</Text>
        </div>
      </AppShell.Footer>
    </AppShell>
  )
}
