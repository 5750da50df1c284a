import { useCodingView } from './codingRoute'
import { VisitCoding } from './VisitCoding'
import { VisitList } from './VisitList'
import './coding.css'

/** The Coding area: recent visits, and the charge entry screen for a new or saved visit. */
export function Coding() {
  const view = useCodingView()
  switch (view.kind) {
    case 'new':
      return (
        <VisitCoding key={`new-${view.patientId ?? ''}`} patientId={view.patientId ?? undefined} />
      )
    case 'visit':
      return <VisitCoding key={view.visitId} visitId={view.visitId} focus={view.focus ?? null} />
    default:
      return <VisitList />
  }
}
