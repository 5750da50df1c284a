import { Stack, Tabs, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import type { RecordToOpen } from '../../components/PracticeDirectoryTable'
import { useFocusField } from '../../focusField'
import { FeeScheduleTab } from './FeeScheduleTab'
import { LocationsTab } from './LocationsTab'
import { PayersTab } from './PayersTab'
import { namePracticeTab, usePracticeView, type PracticeTab } from './practiceRoute'
import { PracticeProfile } from './PracticeProfile'
import { ProvidersTab } from './ProvidersTab'
import { ReferrersTab } from './ReferrersTab'

interface Tab {
  value: PracticeTab
  label: string
  render: (open: RecordToOpen | null) => ReactNode
}

const TABS: Tab[] = [
  { value: 'profile', label: 'Practice', render: () => <PracticeProfile /> },
  { value: 'providers', label: 'Providers', render: (open) => <ProvidersTab open={open} /> },
  { value: 'locations', label: 'Locations', render: (open) => <LocationsTab open={open} /> },
  {
    value: 'referrers',
    label: 'Referring providers',
    render: (open) => <ReferrersTab open={open} />,
  },
  { value: 'payers', label: 'Payers', render: (open) => <PayersTab open={open} /> },
  { value: 'fees', label: 'Fee schedule', render: () => <FeeScheduleTab /> },
]

/** The practice's own records every claim is made from. */
export function Practice() {
  const view = usePracticeView()
  const [tab, setTab] = useState(view.tab)
  /** The record a link asked to open, until the person picks another tab. */
  const [open, setOpen] = useState<RecordToOpen | null>(null)
  const [viewShown, setViewShown] = useState<typeof view | null>(null)
  if (view !== viewShown) {
    setViewShown(view)
    setTab(view.tab)
    setOpen(view.id !== null || view.focus ? { id: view.id } : null)
  }
  useFocusField(view.focus)

  return (
    <Stack gap="sm">
      <Title order={2}>Practice</Title>
      <Tabs
        value={tab}
        onChange={(v) => {
          const next = TABS.find((t) => t.value === v)?.value ?? 'profile'
          setTab(next)
          setOpen(null)
          namePracticeTab(next)
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="sm">
            {t.render(open)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
