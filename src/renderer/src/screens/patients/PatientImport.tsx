import { Alert, Anchor, Button, Group, Input, Loader, Stack, Text, Title } from '@mantine/core'
import { useRef, useState } from 'react'
import { IMPORT_FIELDS } from '../../../../shared/ops/patients'
import { decodeStrict } from '../../../../shared/textEncoding'
import { call } from '../../api'
import { PatientImportMapping, type ImportMapping } from '../../components/PatientImportMapping'
import { PatientImportReport, type ImportAnswer } from '../../components/PatientImportReport'
import { messageOf } from '../../forms/useApiErrors'
import { goPatients, patientHref } from './patientRoute'

/** Every field pinned ('' for none), so changing one column does not shift the others. */
function pinAll(mapping: ImportMapping): ImportMapping {
  const all: ImportMapping = {}
  for (const f of IMPORT_FIELDS) all[f] = mapping[f] ?? ''
  return all
}

interface Picked {
  name: string
  csv: string
}

/**
 * Patients from another system's CSV export. Main checks the whole file and answers with what it
 * found; nothing is saved until every row is right and the person confirms the import.
 */
export function PatientImport() {
  const [file, setFile] = useState<Picked | null>(null)
  const [answer, setAnswer] = useState<ImportAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const [importing, setImporting] = useState(false)
  // Answers can arrive out of order when the mapping changes quickly; only the latest counts.
  const asked = useRef(0)

  async function check(picked: Picked, mapping?: ImportMapping) {
    const ticket = ++asked.current
    setChecking(true)
    setError(null)
    try {
      const next = await call('patients.import', { csv: picked.csv, mapping, commit: false })
      if (ticket === asked.current) setAnswer(next)
    } catch (e) {
      if (ticket === asked.current) {
        setAnswer(null)
        setError(messageOf(e))
      }
    } finally {
      if (ticket === asked.current) setChecking(false)
    }
  }

  async function choose(input: HTMLInputElement) {
    const chosen = input.files?.[0]
    // Cleared, so choosing the same file again after fixing it is noticed.
    input.value = ''
    if (!chosen) return
    setAnswer(null)
    try {
      // Never guess the encoding silently: a non-UTF-8 file is refused with the row and a guess.
      const bytes = new Uint8Array(await chosen.arrayBuffer())
      let decoded = decodeStrict(bytes)
      if (
        !decoded.ok &&
        window.confirm(`${chosen.name}: ${decoded.message}\n\nRead it as Windows-1252?`)
      )
        decoded = decodeStrict(bytes, 'windows-1252')
      if (!decoded.ok) throw new Error(`${chosen.name}: ${decoded.message}`)
      const picked = { name: chosen.name, csv: decoded.text }
      setFile(picked)
      await check(picked)
    } catch (e) {
      setError(`Could not read ${chosen.name}: ${messageOf(e)}`)
    }
  }

  async function commit() {
    if (!file || !answer) return
    setImporting(true)
    setError(null)
    try {
      const mapping = pinAll(answer.mapping)
      const done = await call('patients.import', { csv: file.csv, mapping, commit: true })
      if (done.saved > 0 && done.problems.length === 0) {
        goPatients(
          { kind: 'list' },
          `Saved ${done.saved} ${done.saved === 1 ? 'patient' : 'patients'} from ${file.name}.`,
        )
        return
      }
      // The file changed meaning meanwhile (e.g. someone registered one of its patients).
      setAnswer(done)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setImporting(false)
    }
  }

  const problemCount = answer ? answer.problems.length + answer.moreProblems : 0
  const ready = answer !== null && problemCount === 0 && answer.rowCount > 0 && !checking

  return (
    <Stack gap="sm" maw={1200}>
      <Anchor href={patientHref({ kind: 'list' })} size="sm">
        ← Patients
      </Anchor>
      <Title order={2}>Import patients from CSV</Title>
      <Text size="sm" c="dimmed">
        One row per patient, with a header row. Coverages name a payer already under Practice →
        Payers (by name or payer ID). The whole file is checked first; nothing is saved until every
        row is right and you confirm.
      </Text>
      <Input.Wrapper label="CSV file" id="import-file">
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          autoFocus
          onChange={(e) => void choose(e.currentTarget)}
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {checking && !answer && <Loader size="sm" aria-label="Checking the file" />}
      {file && answer && (
        <>
          <Group gap="md">
            <Text size="sm" data-testid="import-row-count">
              <strong>{file.name}</strong>: {answer.rowCount}{' '}
              {answer.rowCount === 1 ? 'row' : 'rows'}, {answer.columns.length} columns
            </Text>
            {checking && <Loader size="xs" aria-label="Checking again" />}
          </Group>
          <Title order={4}>Columns</Title>
          <PatientImportMapping
            columns={answer.columns}
            mapping={answer.mapping}
            disabled={checking || importing}
            onChange={(field, column) =>
              void check(file, { ...pinAll(answer.mapping), [field]: column })
            }
          />
          <PatientImportReport answer={answer} />
          <Group>
            <Button onClick={() => void commit()} disabled={!ready} loading={importing}>
              Import {answer.rowCount} {answer.rowCount === 1 ? 'patient' : 'patients'}
            </Button>
            <Button variant="default" onClick={() => goPatients({ kind: 'list' })}>
              Cancel
            </Button>
          </Group>
        </>
      )}
    </Stack>
  )
}
