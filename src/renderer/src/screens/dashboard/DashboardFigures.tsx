import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useCallback } from 'react'
import type { KpiFigures } from '../../../../shared/ops/reports'
import { call } from '../../api'
import { useLoad } from '../../useLoad'
import { AgingChart, CollectionsChart } from '../reports/charts'
import { daysBefore, pct, today } from '../reports/format'

interface Figure {
  label: string
  key: keyof KpiFigures
  shown: (k: KpiFigures) => string
  /** Which way is better, to colour the change against the previous period. */
  better: 'lower' | 'higher'
}

const FIGURES: Figure[] = [
  {
    label: 'Days in A/R',
    key: 'daysInAr',
    shown: (k) => (k.daysInAr === null ? '—' : k.daysInAr.toFixed(1)),
    better: 'lower',
  },
  {
    label: 'A/R over 90 days',
    key: 'arOver90Percent',
    shown: (k) => pct(k.arOver90Percent),
    better: 'lower',
  },
  {
    label: 'Clean-claim rate',
    key: 'cleanClaimRate',
    shown: (k) => pct(k.cleanClaimRate),
    better: 'higher',
  },
  {
    label: 'First-pass denials',
    key: 'denialRateByCount',
    shown: (k) => pct(k.denialRateByCount),
    better: 'lower',
  },
  {
    label: 'Net collection rate',
    key: 'netCollection',
    shown: (k) => pct(k.netCollection.percent),
    better: 'higher',
  },
]

const numberOf = (k: KpiFigures, key: keyof KpiFigures): number | null => {
  const v = k[key]
  if (typeof v === 'number') return v
  if (v && typeof v === 'object' && 'percent' in v) return v.percent
  return null
}

/** The last 90 days against the 90 before, the aging bars and the collections trend line. */
export function DashboardFigures() {
  const load = useCallback(async () => {
    const to = today()
    const [kpis, aging, trend] = await Promise.all([
      call('reports.kpis', { from: daysBefore(to, 89), to }),
      call('reports.aging', { by: 'payer' }),
      call('reports.collections', { from: `${daysBefore(to, 365).slice(0, 7)}-01`, to }),
    ])
    return { kpis, aging, trend }
  }, [])
  const loaded = useLoad(load)
  const d = loaded.data
  if (loaded.error) return <Text c="red">{loaded.error}</Text>
  if (!d) return null
  const { current, previous } = d.kpis
  return (
    <Stack gap="xs">
      <Title order={3}>Last 90 days</Title>
      <SimpleGrid cols={5} spacing="xs" aria-label="Key figures">
        {FIGURES.map((f) => {
          const now = numberOf(current, f.key)
          const before = numberOf(previous, f.key)
          const better =
            now === null || before === null || now === before
              ? null
              : now < before === (f.better === 'lower')
          return (
            <Paper key={f.label} withBorder p="xs" title={d.kpis.definitions[f.key as string]}>
              <Text fz="xs" c="dimmed">
                {f.label}
              </Text>
              <Text fz={20} fw={700}>
                {f.shown(current)}
              </Text>
              <Text fz="xs" c={better === null ? 'dimmed' : better ? 'teal.8' : 'red.8'}>
                {f.shown(previous)} the 90 days before
              </Text>
            </Paper>
          )
        })}
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <div>
          <Text fw={600} fz="sm">
            A/R by age · ${Math.round(d.aging.totals.totalCents / 100).toLocaleString('en-US')}
          </Text>
          <AgingChart totals={d.aging.totals} h={170} />
        </div>
        <div>
          <Text fw={600} fz="sm">
            Collections by month
          </Text>
          <CollectionsChart trend={d.trend} h={170} />
        </div>
      </SimpleGrid>
    </Stack>
  )
}
