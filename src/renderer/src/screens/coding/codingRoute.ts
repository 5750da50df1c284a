import { readHash, useHashView } from '../../route'

/**
 * Where in the Coding area the person is, named in the hash so Back and reload keep it:
 * `#/coding` (the visits), `#/coding/new?patient=12` (a new visit), `#/coding/34` (a visit),
 * `#/coding/34?focus=priorAuthorization` (a visit, at the field a claim finding names).
 */
export type CodingView =
  | { kind: 'list' }
  | { kind: 'new'; patientId: number | null }
  | { kind: 'visit'; visitId: number; focus?: string | null }

export function readCodingView(hash: string): CodingView {
  const { path, query } = readHash(hash)
  const sub = path[1] ?? ''
  if (sub === 'new') {
    const patient = query.get('patient')
    return { kind: 'new', patientId: patient && /^\d+$/.test(patient) ? Number(patient) : null }
  }
  if (/^\d+$/.test(sub)) return { kind: 'visit', visitId: Number(sub), focus: query.get('focus') }
  return { kind: 'list' }
}

export function codingHref(view: CodingView): string {
  switch (view.kind) {
    case 'list':
      return '#/coding'
    case 'new':
      return view.patientId === null ? '#/coding/new' : `#/coding/new?patient=${view.patientId}`
    case 'visit':
      return view.focus
        ? `#/coding/${view.visitId}?focus=${encodeURIComponent(view.focus)}`
        : `#/coding/${view.visitId}`
  }
}

export function goCoding(view: CodingView): void {
  window.location.hash = codingHref(view)
}

/**
 * A new visit saved for the first time gets its own address without reopening the screen:
 * replaceState changes the hash without a hashchange, so the form keeps the cursor where it is.
 */
export function nameSavedVisit(visitId: number): void {
  window.history.replaceState(null, '', codingHref({ kind: 'visit', visitId }))
}

export function useCodingView(): CodingView {
  return useHashView(readCodingView)
}
