import { NavLink, ScrollArea, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import type { PatientSummary } from '../../../../shared/ops/patients'
import { call } from '../../api'
import { patientHref } from './patientRoute'

/**
 * Beside an open chart on a wide screen: the recent patients (or those a name finds), so the next
 * patient is one click away without going back to the finder — list and detail side by side.
 */
export function PatientSideList({ patientId }: { patientId: number }) {
  const [text, setText] = useState('')
  const [query] = useDebouncedValue(text, 150)
  const [found, setFound] = useState<PatientSummary[]>([])

  useEffect(() => {
    let live = true
    call('patients.search', { text: query, limit: 100 }).then(
      (list) => live && setFound(list),
      () => live && setFound([]),
    )
    return () => {
      live = false
    }
  }, [query])

  return (
    <Stack gap={4} w={210} style={{ flexShrink: 0 }} data-testid="patient-side-list">
      <TextInput
        size="xs"
        aria-label="Switch to patient"
        placeholder="Switch to… (name, DOB, account)"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <ScrollArea h="calc(100vh - 140px)" type="auto">
        <nav aria-label="Other patients">
          {found.map((p) => (
            <NavLink
              key={p.patientId}
              href={patientHref({ kind: 'detail', patientId: p.patientId })}
              active={p.patientId === patientId}
              label={`${p.lastName}, ${p.firstName}`}
              rightSection={
                <Text span size="xs" c="dimmed" ff="monospace">
                  {p.accountNo}
                </Text>
              }
              styles={{
                root: { paddingTop: 2, paddingBottom: 2 },
                label: { whiteSpace: 'nowrap' },
              }}
            />
          ))}
        </nav>
      </ScrollArea>
    </Stack>
  )
}
