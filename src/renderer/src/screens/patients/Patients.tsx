import { PatientDetail } from './PatientDetail'
import { PatientImport } from './PatientImport'
import { PatientList } from './PatientList'
import { PatientNew } from './PatientNew'
import { patientNotice, usePatientView } from './patientRoute'

/** The Patients area: the finder, registration, a patient's chart, and CSV import. */
export function Patients() {
  const view = usePatientView()
  switch (view.kind) {
    case 'new':
      return <PatientNew />
    case 'import':
      return <PatientImport />
    case 'detail':
      return <PatientDetail key={view.patientId} patientId={view.patientId} place={view.place} />
    default:
      return <PatientList notice={patientNotice()} />
  }
}
