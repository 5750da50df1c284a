import { useState } from 'react'
import type { FieldErrors } from 'react-hook-form'
import type { CodingProblem } from '../../../../shared/ops/visits'
import type { VisitInput } from '../../../../shared/schemas/visit'
import type { LineMessage } from './ServiceLineRow'
import { keyProblems, messagesIn, type KeyedProblem } from './visitForm'

/**
 * What stops the visit from being coded, shown at the field it is about: the shared schema's
 * messages (react-hook-form errors) and main's answer to `visits.markCoded`. Main's problems are
 * kept by code and line rather than position, so they follow a row that moves, and go away when
 * the field they are about is changed.
 */
export function useVisitProblems(errors: FieldErrors<VisitInput>, lineIds: readonly string[]) {
  const [problems, setProblems] = useState<KeyedProblem[]>([])
  const lineId = (index: number) => lineIds[index] ?? String(index)
  const drop = (prefix: string) =>
    setProblems((all) => all.filter((p) => !p.key.startsWith(prefix)))

  const dx = new Map(
    problems.filter((p) => p.key.startsWith('dx:')).map((p) => [p.key.slice(3), p.problem]),
  )

  return {
    /** Main's answer, read against the diagnoses and lines as they were sent. */
    take: (found: readonly CodingProblem[], diagnoses: readonly string[], ids: readonly string[]) =>
      setProblems(keyProblems(found, diagnoses, ids)),
    count: problems.length,
    dropDiagnosis: (code: string | undefined) => drop(`dx:${code}`),
    dropLinePart: (index: number, part: string) => drop(`line:${lineId(index)}:${part}`),
    dropOverall: (field: 'diagnoses' | 'lines') =>
      setProblems((all) => all.filter((p) => p.key !== field)),
    dx,
    /** A message about the list as a whole (none yet, too many). */
    overall: (field: 'diagnoses' | 'lines') =>
      problems.find((p) => p.key === field)?.problem.message ??
      messagesIn(errors[field]).find((m) => !/^\d/.test(m.part))?.message,
    diagnosisError: (index: number) => messagesIn(errors.diagnoses?.[index])[0]?.message,
    lineMessages: (index: number): LineMessage[] => {
      const prefix = `line:${lineId(index)}:`
      const own = messagesIn(errors.lines?.[index])
      const main = problems
        .filter((p) => p.key.startsWith(prefix))
        .map((p) => ({ part: p.key.slice(prefix.length), message: p.problem.message }))
      return [...own, ...main]
    },
    /** Problems about no field on this screen, shown above the totals. */
    others: problems.filter(
      (p) =>
        !p.key.startsWith('dx:') &&
        !p.key.startsWith('line:') &&
        !['diagnoses', 'lines'].includes(p.key),
    ),
  }
}
