import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import type { VisitDetail } from '../../../../shared/ops/visits'
import { call } from '../../api'
import { useLoad } from '../../useLoad'
import { codingHref } from './codingRoute'
import { patientLabel } from './PatientPicker'
import { useCodingSetup } from './useCodingSetup'
import { VisitForm } from './VisitForm'

interface Props {
  /** The visit to open; absent for a new one. */
  visitId?: number
  /** Whose new visit, when the screen was opened from a patient. */
  patientId?: number
  /** The field a claim finding names (`priorAuthorization`, `diagnoses.2`, `lines.0.units`). */
  focus?: string | null
}

interface Opened {
  detail: VisitDetail | null
  patientShown: string
}

/** The charge entry screen: loads the visit (or the patient of a new one), then the form. */
export function VisitCoding({ visitId, patientId, focus = null }: Props) {
  const setup = useCodingSetup()
  const load = useCallback(async (): Promise<Opened> => {
    if (visitId !== undefined) {
      const detail = await call('visits.get', { visitId })
      return { detail, patientShown: detail.patientName }
    }
    if (patientId !== undefined) {
      const p = await call('patients.get', { patientId })
      return { detail: null, patientShown: patientLabel(p.patient) }
    }
    return { detail: null, patientShown: '' }
  }, [visitId, patientId])
  const opened = useLoad(load)
  // A new visit keeps its screen when first saved; the title follows.
  const [savedId, setSavedId] = useState(visitId)
  const error = setup.error ?? opened.error

  return (
    <Stack gap="xs" className="coding-screen">
      <Group gap="sm" align="baseline">
        <Anchor href={codingHref({ kind: 'list' })} size="sm">
          ← Visits
        </Anchor>
        <Title order={3}>{savedId === undefined ? 'New visit' : `Visit #${savedId}`}</Title>
        {opened.data?.detail && (
          <Text c="dimmed" size="sm" data-testid="visit-patient-name">
            {opened.data.detail.patientName}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!error && (!setup.data || !opened.data) && (
        <Loader size="sm" aria-label="Opening the visit" />
      )}
      {setup.data && opened.data && (
        <VisitForm
          setup={setup.data}
          detail={opened.data.detail}
          patientId={patientId ?? null}
          patientShown={opened.data.patientShown}
          focus={focus}
          onSaved={setSavedId}
        />
      )}
    </Stack>
  )
}
