import { Alert, Button, Group, Kbd, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue, useHotkeys } from '@mantine/hooks'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { PatientSummary } from '../../../../shared/ops/patients'
import { call } from '../../api'
import { optionId, PatientSearchList } from '../../components/PatientSearchList'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { goPatients } from './patientRoute'

const LIST_ID = 'patient-results'
const PAGE = 10

/** The patient finder: type a name, DOB, account, member ID or phone; arrows and Enter open one. */
export function PatientList({ notice }: { notice?: string | null }) {
  const { session } = useSession()
  const [text, setText] = useState('')
  const [query] = useDebouncedValue(text, 150)
  const [results, setResults] = useState<PatientSummary[]>([])
  const [active, setActive] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [searched, setSearched] = useState<string | null>(null)
  // Enter typed before the answer for the latest text arrived opens its first match on arrival.
  const latest = useRef({ text: '', openOnArrival: false })
  const canWrite = may(session, 'patients.write')
  const canImport = may(session, 'patients.import')

  useEffect(() => {
    let live = true
    call('patients.search', { text: query, limit: 200 }).then(
      (found) => {
        if (!live) return
        setResults(found)
        setActive(0)
        setError(null)
        setSearched(query)
        if (latest.current.openOnArrival && query === latest.current.text && found[0]) {
          latest.current.openOnArrival = false
          goPatients({ kind: 'detail', patientId: found[0].patientId })
        }
      },
      (e: unknown) => live && setError(messageOf(e)),
    )
    return () => {
      live = false
    }
  }, [query])

  useHotkeys(
    [['alt+N', () => canWrite && goPatients({ kind: 'new' })]],
    // Alt+N works from the search box too.
    [],
  )

  const open = (p: PatientSummary) => goPatients({ kind: 'detail', patientId: p.patientId })
  const move = (to: number) => setActive(Math.max(0, Math.min(results.length - 1, to)))

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + PAGE),
      PageUp: () => move(active - PAGE),
      Enter: () => {
        const p = results[active]
        if (searched !== text) latest.current.openOnArrival = true
        else if (p) open(p)
      },
    }
    const action = keys[e.key]
    if (!action) return
    e.preventDefault()
    action()
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>Patients</Title>
        <Group gap="xs">
          {canImport && (
            <Button variant="default" onClick={() => goPatients({ kind: 'import' })}>
              Import CSV
            </Button>
          )}
          {canWrite && (
            <Button onClick={() => goPatients({ kind: 'new' })} title="Alt+N">
              New patient
            </Button>
          )}
        </Group>
      </Group>
      {notice && (
        <Alert color="teal" variant="light" role="status">
          {notice}
        </Alert>
      )}
      <TextInput
        label="Find a patient"
        description={
          <>
            Name (<Kbd size="xs">smi, jo</Kbd>), date of birth, account, member ID or phone.{' '}
            <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move, <Kbd size="xs">Enter</Kbd> opens
            {canWrite && (
              <>
                , <Kbd size="xs">Alt+N</Kbd> new patient
              </>
            )}
            .
          </>
        }
        autoFocus
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={results.length > 0 ? optionId(LIST_ID, active) : undefined}
        value={text}
        onChange={(e) => {
          const next = e.currentTarget.value
          latest.current = { text: next, openOnArrival: false }
          setText(next)
        }}
        onKeyDown={onKeyDown}
        maw={720}
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Text size="xs" c="dimmed" data-testid="result-count">
        {searched === null
          ? 'Searching…'
          : searched.trim() === ''
            ? `${results.length} most recently changed patients`
            : `${results.length}${results.length === 200 ? '+' : ''} found`}
      </Text>
      <PatientSearchList
        id={LIST_ID}
        results={results}
        active={active}
        onActive={setActive}
        onOpen={open}
      />
    </Stack>
  )
}
