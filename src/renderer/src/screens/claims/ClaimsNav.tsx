import { Tabs } from '@mantine/core'
import { NO_FILTER, goClaims, type ClaimsView } from './claimsRoute'

type Place = 'list' | 'outbox' | 'paper' | 'batches' | 'rejections'

const PLACES: { value: Place; label: string }[] = [
  { value: 'list', label: 'All claims' },
  { value: 'outbox', label: 'Outbox' },
  { value: 'paper', label: 'Print queue' },
  { value: 'batches', label: 'Batches' },
  { value: 'rejections', label: 'Rejections' },
]

function viewOf(place: Place): ClaimsView {
  return place === 'list' ? { kind: 'list', filter: NO_FILTER } : { kind: place }
}

/** The places of the Claims area, as tabs (← → move between them). */
export function ClaimsNav({ current }: { current: Place }) {
  return (
    <Tabs value={current} onChange={(v) => v && v !== current && goClaims(viewOf(v as Place))}>
      <Tabs.List aria-label="Claims area">
        {PLACES.map((p) => (
          <Tabs.Tab key={p.value} value={p.value}>
            {p.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
