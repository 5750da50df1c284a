import { Group } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { PatientDetail } from './PatientDetail'
import { PatientImport } from './PatientImport'
import { PatientList } from './PatientList'
import { PatientNew } from './PatientNew'
import { PatientSideList } from './PatientSideList'
import { patientNotice, usePatientView } from './patientRoute'

/** The Patients area: the finder, registration, a patient's chart, and CSV import. */
export function Patients() {
  const view = usePatientView()
  // From 1300 px (an office PC's 1366) the chart has room for the patient list beside it.
  const wide = useMediaQuery('(min-width: 1300px)')
  switch (view.kind) {
    case 'new':
      return <PatientNew />
    case 'import':
      return <PatientImport />
    case 'detail': {
      const chart = (
        <PatientDetail key={view.patientId} patientId={view.patientId} place={view.place} />
      )
      if (!wide) return chart
      return (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <PatientSideList patientId={view.patientId} />
          <div style={{ flex: 1, minWidth: 0 }}>{chart}</div>
        </Group>
      )
    }
    default:
      return <PatientList notice={patientNotice()} />
  }
}
