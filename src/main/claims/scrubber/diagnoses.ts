import { MAX_DIAGNOSES, POINTER_LETTERS } from '../../../shared/schemas/visit'
import { displayIcd10cm } from '../../../shared/validators/icd10cm'
import { hit, rule } from './rule'

/** 2300 HI: each ICD-10-CM code must be valid and billable (not a category) on the date of service. */
export const diagnosisBillable = rule({
  id: 'diagnosis.billable',
  severity: 'error',
  summary: 'Each diagnosis is a billable ICD-10-CM code on the date of service',
  check: ({ claim, codes }) =>
    claim.data.visit.diagnoses.flatMap((code, i) => {
      const problem = codes.problem('icd10cm', code, claim.dateOfService)
      return problem
        ? [
            hit(
              `visit.diagnoses.${i}`,
              `Diagnosis ${POINTER_LETTERS[i] ?? i + 1} (${displayIcd10cm(code)}): ${problem}`,
            ),
          ]
        : []
    }),
})

/** 2300 HI carries 1 to 12 diagnoses (CMS-1500 box 21 A–L). */
export const diagnosisCount = rule({
  id: 'diagnosis.count',
  severity: 'error',
  summary: 'The claim has 1 to 12 diagnoses',
  check: ({ claim }) => {
    const count = claim.data.visit.diagnoses.length
    if (count === 0)
      return [hit('visit.diagnoses', 'The claim has no diagnosis — add at least one')]
    if (count > MAX_DIAGNOSES) {
      return [
        hit(
          `visit.diagnoses.${MAX_DIAGNOSES}`,
          `The claim has ${count} diagnoses; a claim carries at most ${MAX_DIAGNOSES} — keep the ones the lines point at`,
        ),
      ]
    }
    return []
  },
})
