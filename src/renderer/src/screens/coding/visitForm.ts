import type { CodingProblem } from '../../../../shared/ops/visits'
import {
  MAX_MODIFIERS,
  MAX_POINTERS,
  POINTER_LETTERS,
  type ServiceLineInput,
  type Visit,
  type VisitInput,
} from '../../../../shared/schemas/visit'
import { localIsoDate } from '../../../../shared/validators/isoDate'

/** The form holds what the person typed; the shared Visit schema turns it into what main takes. */
export type VisitValues = VisitInput
export type LineValues = ServiceLineInput

export interface VisitDefaults {
  patientId: number | null
  providerId: number | null
  location: { id: number; placeOfService: string } | null
}

/** A new visit: today, and the practice's only provider and location when it has just one. */
export function blankVisit(d: VisitDefaults): VisitValues {
  return {
    patientId: d.patientId ?? Number.NaN,
    dateOfService: localIsoDate(new Date()),
    renderingProviderId: d.providerId ?? Number.NaN,
    locationId: d.location?.id ?? Number.NaN,
    placeOfService: d.location?.placeOfService ?? '',
    referringProviderId: undefined,
    priorAuthorization: '',
    diagnoses: [],
    lines: [],
  }
}

/** A saved visit back into the form: absent optional fields become empty boxes. */
export function visitValues(visit: Visit): VisitValues {
  return {
    ...visit,
    priorAuthorization: visit.priorAuthorization ?? '',
    lines: visit.lines.map((l) => ({
      ...l,
      modifiers: [...l.modifiers],
      pointers: [...l.pointers],
    })),
  }
}

export function newLine(
  code: string,
  chargeCents: number | undefined,
  pointers: number[],
): LineValues {
  return {
    code,
    modifiers: [],
    units: 1,
    chargeCents: chargeCents ?? Number.NaN,
    pointers,
  }
}

export function letterOf(index: number): string {
  return POINTER_LETTERS[index] ?? '?'
}

/** [1, 2] → "AB", as box 24E of the CMS-1500 shows pointers. */
export function pointersText(pointers: readonly number[] | undefined): string {
  return (pointers ?? []).map((p) => letterOf(p - 1)).join('')
}

/** Keeps only the letters A–L ("a b" → "AB"), at most four of them. */
export function pointerLetters(text: string): string {
  return text
    .toUpperCase()
    .replace(new RegExp(`[^${POINTER_LETTERS}]`, 'g'), '')
    .slice(0, MAX_POINTERS)
}

export function parsePointers(text: string): number[] {
  return [...pointerLetters(text)].map((c) => POINTER_LETTERS.indexOf(c) + 1)
}

/** ["25", "RT"] → "25 RT". */
export function modifiersText(modifiers: readonly string[] | undefined): string {
  return (modifiers ?? []).join(' ')
}

/** "25rt" or "25 rt" → "25 RT": modifiers are pairs of letters or digits, up to four. */
export function modifierLetters(text: string): string {
  const chars = text
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, MAX_MODIFIERS * 2)
  return (chars.match(/.{1,2}/g) ?? []).join(' ')
}

export function parseModifiers(text: string): string[] {
  const spaced = modifierLetters(text)
  return spaced === '' ? [] : spaced.split(' ')
}

/** Drugs billed by HCPCS J-code carry the NDC of the package (837P 2410 LIN/CTP). */
export function isDrugCode(code: string): boolean {
  return /^J\d{4}$/.test(code.trim().toUpperCase())
}

/** Whole cents of a line, or null while its charge is not a valid amount. */
export function lineCents(line: Partial<LineValues> | undefined): number | null {
  const value = line?.chargeCents
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null
}

export function problemAt(problems: readonly CodingProblem[], field: string) {
  return problems.find((p) => p.field === field)
}

/** Problems of one line: any field starting `lines.3.`. */
export function lineProblems(problems: readonly CodingProblem[], index: number) {
  return problems.filter((p) => p.field.startsWith(`lines.${index}.`))
}

/** Every message in a react-hook-form error tree, with its dotted path ("pointers.1", "ndc.unit"). */
export function messagesIn(node: unknown, path = ''): { part: string; message: string }[] {
  if (!node || typeof node !== 'object') return []
  const found: { part: string; message: string }[] = []
  const record = node as Record<string, unknown>
  if (typeof record.message === 'string' && record.message !== '') {
    found.push({ part: path, message: record.message })
  }
  for (const [key, child] of Object.entries(record)) {
    if (key === 'message' || key === 'ref' || key === 'type' || key === 'types') continue
    const at = key === 'root' ? path : path === '' ? key : `${path}.${key}`
    found.push(...messagesIn(child, at))
  }
  return found
}

/** A main problem, keyed by what it is about rather than where that sat when main answered. */
export interface KeyedProblem {
  key: string
  problem: CodingProblem
}

export function keyProblems(
  problems: readonly CodingProblem[],
  diagnoses: readonly string[],
  lineIds: readonly string[],
): KeyedProblem[] {
  return problems.map((problem) => {
    const dx = /^diagnoses\.(\d+)$/.exec(problem.field)
    if (dx) return { key: `dx:${diagnoses[Number(dx[1])] ?? dx[1]}`, problem }
    const line = /^lines\.(\d+)\.(.+)$/.exec(problem.field)
    if (line) return { key: `line:${lineIds[Number(line[1])] ?? line[1]}:${line[2]}`, problem }
    return { key: problem.field, problem }
  })
}

/**
 * Pointers follow their diagnosis when the list changes: `to[i]` is the new 1-based position of
 * the diagnosis that was at position i+1, or null when it was removed.
 */
export function remapPointers(
  pointers: readonly number[],
  to: readonly (number | null)[],
): number[] {
  return pointers.flatMap((p) => {
    const next = to[p - 1]
    if (next === undefined) return [p]
    return next === null ? [] : [next]
  })
}

/** Positions after moving one item from `from` to `to`, for remapPointers. */
export function movedPositions(count: number, from: number, to: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i)
  const [item] = order.splice(from, 1)
  order.splice(to, 0, item!)
  const at: number[] = []
  order.forEach((old, index) => (at[old] = index + 1))
  return at
}

/** Positions after removing the item at `removed`, for remapPointers. */
export function removedPositions(count: number, removed: number): (number | null)[] {
  return Array.from({ length: count }, (_, i) => (i === removed ? null : i < removed ? i + 1 : i))
}

export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item!)
  return next
}
