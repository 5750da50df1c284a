import type { CodingProblem } from '../../shared/ops/visits'
import { POINTER_LETTERS, type Visit } from '../../shared/schemas/visit'
import { displayIcd10cm } from '../../shared/validators/icd10cm'
import { isCptModifier } from '../codes/cptModifiers'

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`

/** What coding needs to know of the code sets, on a given date of service. */
export interface CodeBook {
  /** The code's entry valid on `date`, or null when it is not in the set on that day. */
  lookup(
    set: 'icd10cm' | 'hcpcs' | 'cpt' | 'modifier',
    code: string,
    date: string,
  ): { billable: boolean } | null
  /** Billable codes under a header code, for the person to pick from. */
  children(code: string, date: string): { code: string; description: string }[]
  /** Whether any code of the set is loaded (CPT is the practice's own licensed list). */
  hasAny(set: 'cpt'): boolean
  /** Procedure codes the practice charges for: accepted as CPT when no CPT list is loaded. */
  onFeeSchedule(code: string): boolean
}

const HCPCS = /^[A-Z]\d{4}$/

/**
 * The checks a visit must pass to be marked coded, beyond its shape: every code valid on the
 * date of service, diagnoses billable (not category headers), at least one diagnosis and line.
 */
export function codingProblems(visit: Visit, book: CodeBook, today?: string): CodingProblem[] {
  const problems: CodingProblem[] = []
  const date = visit.dateOfService
  // Caught here, while the visit is open to fix, not first at the scrub once it is billed.
  if (today !== undefined && date > today) {
    problems.push({
      field: 'dateOfService',
      message: `The date of service ${usDate(date)} is in the future: code the visit after it happens, or correct the date.`,
      suggestions: [],
    })
  }
  if (visit.diagnoses.length === 0) {
    problems.push({ field: 'diagnoses', message: 'Add at least one diagnosis.', suggestions: [] })
  }
  if (visit.lines.length === 0) {
    problems.push({ field: 'lines', message: 'Add at least one service line.', suggestions: [] })
  }
  visit.diagnoses.forEach((code, i) => {
    const letter = POINTER_LETTERS[i]
    const entry = book.lookup('icd10cm', code, date)
    if (!entry) {
      problems.push({
        field: `diagnoses.${i}`,
        message: `Diagnosis ${letter}: ${displayIcd10cm(code)} is not an ICD-10-CM code on ${date}.`,
        suggestions: [],
      })
    } else if (!entry.billable) {
      problems.push({
        field: `diagnoses.${i}`,
        message: `Diagnosis ${letter}: ${displayIcd10cm(code)} is a category, not a billable code — pick one of the codes under it.`,
        suggestions: book.children(code, date),
      })
    }
  })
  visit.lines.forEach((line, i) => {
    const n = i + 1
    if (HCPCS.test(line.code)) {
      if (!book.lookup('hcpcs', line.code, date)) {
        problems.push({
          field: `lines.${i}.code`,
          message: `Line ${n}: HCPCS ${line.code} is not valid on ${date}.`,
          suggestions: [],
        })
      }
    } else if (
      book.hasAny('cpt') ? !book.lookup('cpt', line.code, date) : !book.onFeeSchedule(line.code)
    ) {
      problems.push({
        field: `lines.${i}.code`,
        message: book.hasAny('cpt')
          ? `Line ${n}: CPT ${line.code} is not in your CPT list for ${date}.`
          : `Line ${n}: CPT ${line.code} is not on the fee schedule, and no CPT list is imported to check it against.`,
        suggestions: [],
      })
    }
    line.modifiers.forEach((m, j) => {
      if (!isCptModifier(m) && !book.lookup('modifier', m, date)) {
        problems.push({
          field: `lines.${i}.modifiers.${j}`,
          message: `Line ${n}: modifier ${m} is not a valid modifier on ${date}.`,
          suggestions: [],
        })
      }
    })
  })
  return problems
}
