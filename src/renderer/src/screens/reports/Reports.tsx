import { Stack, Tabs, Title } from '@mantine/core'
import { useState } from 'react'
import { ActivityTab } from './ActivityTab'
import { AgingTab } from './AgingTab'
import { DaySheetTab } from './DaySheetTab'
import { DenialsTab } from './DenialsTab'
import { KpiTab } from './KpiTab'

/** The office manager's reports, all computed by main from the ledger and the claims. */
export function Reports() {
  const [tab, setTab] = useState<string | null>('aging')
  return (
    <Stack gap="sm">
      <Title order={2}>Reports</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="aging">Aging</Tabs.Tab>
          <Tabs.Tab value="kpis">KPIs</Tabs.Tab>
          <Tabs.Tab value="denials">Denials</Tabs.Tab>
          <Tabs.Tab value="daysheet">Day sheet</Tabs.Tab>
          <Tabs.Tab value="activity">Claims activity</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="aging" pt="md">
          <AgingTab />
        </Tabs.Panel>
        <Tabs.Panel value="kpis" pt="md">
          <KpiTab />
        </Tabs.Panel>
        <Tabs.Panel value="denials" pt="md">
          <DenialsTab />
        </Tabs.Panel>
        <Tabs.Panel value="daysheet" pt="md">
          <DaySheetTab />
        </Tabs.Panel>
        <Tabs.Panel value="activity" pt="md">
          <ActivityTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
