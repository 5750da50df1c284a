import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { formatDate } from '../../../../shared/usFormat'
import { useCallback } from 'react'
import type { AttentionItem } from '../../../../shared/ops/dashboard'
import { cents, formatCents } from '../../../../shared/money'
import { call } from '../../api'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { DashboardFigures } from './DashboardFigures'

const TONE_COLOR: Record<AttentionItem['tone'], string> = {
  red: 'var(--mantine-color-red-6)',
  orange: 'var(--mantine-color-orange-6)',
  blue: 'var(--mantine-color-blue-6)',
  gray: 'var(--mantine-color-gray-4)',
}

/**
 * The biller's first screen: what needs attention today, each a link to where it is worked,
 * then the key figures and charts (for those who may read reports).
 */
export function Dashboard() {
  const { session } = useSession()
  const load = useCallback(() => call('dashboard.today', {}), [])
  const today = useLoad(load)
  const items = today.data?.items ?? []
  // What needs work gets a card; what is clear is one quiet line, so the cards stand out.
  const open = items.filter((i) => i.tone !== 'gray')
  const clear = items.filter((i) => i.tone === 'gray')

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline">
        <Title order={2}>Today</Title>
        {today.data && <Text c="dimmed">{formatDate(today.data.today)}</Text>}
      </Group>
      {today.error && (
        <Alert color="red" role="alert">
          {today.error}
        </Alert>
      )}
      {!today.data && !today.error && <Loader size="sm" aria-label="Loading today's work" />}
      {today.data && (
        <section aria-label="Needs attention">
          {open.length > 0 ? (
            <SimpleGrid cols={4} spacing="xs">
              {open.map((item) => (
                <AttentionCard key={item.id} item={item} />
              ))}
            </SimpleGrid>
          ) : (
            <Text>Nothing needs attention right now.</Text>
          )}
          {clear.length > 0 && (
            <Text fz="xs" c="dimmed" mt={6} data-testid="attention-clear">
              All clear:{' '}
              {clear.map((item, i) => (
                <span key={item.id} data-testid={`attention-${item.id}`}>
                  {i > 0 && ' · '}
                  <Anchor href={item.href} fz="xs" c="dimmed">
                    {item.label.toLowerCase()}
                  </Anchor>
                </span>
              ))}
            </Text>
          )}
        </section>
      )}
      {may(session, 'reports.read') && <DashboardFigures />}
    </Stack>
  )
}

function AttentionCard({ item }: { item: AttentionItem }) {
  return (
    <Anchor
      href={item.href}
      underline="never"
      c="inherit"
      aria-label={`${item.label}: ${item.count}`}
    >
      <Paper
        withBorder
        p="xs"
        h="100%"
        style={{ borderLeft: `4px solid ${TONE_COLOR[item.tone]}` }}
        data-testid={`attention-${item.id}`}
      >
        <Group justify="space-between" align="baseline" wrap="nowrap">
          <Text fw={700} fz={22} c={item.tone === 'gray' ? 'dimmed' : undefined}>
            {item.count}
          </Text>
          {item.amountCents !== null && item.amountCents !== 0 && (
            <Text fz="sm" fw={600}>
              {formatCents(cents(item.amountCents))}
            </Text>
          )}
        </Group>
        <Text fz="sm" fw={600}>
          {item.label}
        </Text>
        <Text fz="xs" c="dimmed" lineClamp={2}>
          {item.detail}
        </Text>
      </Paper>
    </Anchor>
  )
}
