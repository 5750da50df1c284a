import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core'
import { PatientForm } from '../../components/PatientForm'
import { usePayerChoices } from '../../components/PatientPayerChoices'
import { goPatients, patientHref } from './patientRoute'

/** Registering a patient with the insurance cards in hand. */
export function PatientNew() {
  const payers = usePayerChoices()
  return (
    <Stack gap="sm" maw={1100}>
      <Anchor href={patientHref({ kind: 'list' })} size="sm">
        ← Patients
      </Anchor>
      <Title order={2}>New patient</Title>
      {payers.error && (
        <Alert color="red" role="alert">
          {payers.error}
        </Alert>
      )}
      {payers.loading && !payers.data ? (
        <Loader size="sm" aria-label="Loading payers" />
      ) : (
        <PatientForm
          existing={null}
          payers={payers.data ?? []}
          onSaved={(detail) => goPatients({ kind: 'detail', patientId: detail.patientId })}
          onCancel={() => goPatients({ kind: 'list' })}
        />
      )}
    </Stack>
  )
}
