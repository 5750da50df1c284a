import { MAX_POINTERS, POINTER_LETTERS } from '../../../shared/schemas/visit'
import { displayIcd10cm } from '../../../shared/validators/icd10cm'
import { hit, rule, type RuleHit } from './rule'

const letter = (p: number) => POINTER_LETTERS[p - 1] ?? String(p)

/** 2400 SV107: 1 to 4 pointers, each to a diagnosis in the claim's HI, none repeated. */
export const pointerValid = rule({
  id: 'pointer.valid',
  severity: 'error',
  summary: 'Each line points at 1 to 4 of the claim’s diagnoses, none twice',
  check: ({ claim, lines }) => {
    const count = claim.data.visit.diagnoses.length
    return lines.flatMap((line, i) => {
      const n = i + 1
      if (line.pointers.length === 0) {
        return [
          hit(
            `lines.${i}.pointers`,
            `Line ${n}: CPT ${line.code} needs a diagnosis pointer — point it at the diagnosis (A–L) it treats`,
          ),
        ]
      }
      const hits: RuleHit[] = []
      if (line.pointers.length > MAX_POINTERS) {
        hits.push(
          hit(
            `lines.${i}.pointers.${MAX_POINTERS}`,
            `Line ${n} has ${line.pointers.length} diagnosis pointers; a line carries at most ${MAX_POINTERS}`,
          ),
        )
      }
      line.pointers.forEach((p, j) => {
        const field = `lines.${i}.pointers.${j}`
        if (!Number.isInteger(p) || p < 1 || p > count) {
          hits.push(
            hit(
              field,
              `Line ${n} points at diagnosis ${letter(p)}, which is not on the claim — point it at one of A–${letter(Math.max(count, 1))}`,
            ),
          )
        } else if (line.pointers.indexOf(p) !== j) {
          hits.push(hit(field, `Line ${n} points at diagnosis ${letter(p)} twice — list it once`))
        }
      })
      return hits
    })
  },
})

/** A pointer must lead to a billable code, not an ICD-10-CM category header. */
export const pointerHeader = rule({
  id: 'pointer.header',
  severity: 'error',
  summary: 'No line points at a diagnosis that is a category header',
  check: ({ claim, lines, codes }) => {
    const diagnoses = claim.data.visit.diagnoses
    return lines.flatMap((line, i) =>
      line.pointers.flatMap((p, j) => {
        const code = diagnoses[p - 1]
        if (code === undefined) return []
        const entry = codes.entry('icd10cm', code, claim.dateOfService)
        return entry && !entry.billable
          ? [
              hit(
                `lines.${i}.pointers.${j}`,
                `Line ${i + 1} points at diagnosis ${letter(p)} (${displayIcd10cm(code)}), a category header — replace ${displayIcd10cm(code)} with a billable code under it`,
              ),
            ]
          : []
      }),
    )
  },
})
