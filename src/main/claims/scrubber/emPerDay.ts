import { hit, rule } from './rule'

/**
 * Problem-oriented E/M visits (office, hospital, nursing facility, home: 99202–99350) — one a
 * day per provider. Preventive visits (99381–99397) are left out: a problem visit beside one is
 * billed with modifier 25, which the E/M-with-procedure rule looks after.
 */
function isProblemEm(code: string): boolean {
  if (!/^99\d{3}$/.test(code)) return false
  const n = Number(code)
  return n >= 99202 && n <= 99350
}

/**
 * Payers pay one E/M per patient, provider and day: a second one (99214-25 beside 99213, or a
 * second claim from the same provider that day) is denied as included. Bill the day's work as
 * one visit at the level of all of it.
 */
export const emOnePerDay = rule({
  id: 'em.one-per-day',
  severity: 'error',
  summary: 'One E/M visit code per patient, provider and day',
  check: ({ claim, lines, lookalikes }) => {
    const first = lines.findIndex((l) => isProblemEm(l.code))
    const elsewhere = lookalikes.find(
      (o) => isProblemEm(o.code) && o.renderingProviderId === claim.renderingProviderId,
    )
    return lines.flatMap((line, i) => {
      if (!isProblemEm(line.code)) return []
      if (i > first) {
        return [
          hit(
            `lines.${i}.code`,
            `Line ${i + 1}: ${line.code} is a second E/M visit for this patient, provider and day (line ${first + 1} bills ${lines[first]!.code}) — payers pay one; bill one E/M at the level of the whole day's work and remove the other`,
          ),
        ]
      }
      if (elsewhere) {
        return [
          hit(
            `lines.${i}.code`,
            `Line ${i + 1}: claim ${elsewhere.patientControlNumber} already bills E/M ${elsewhere.code} from the same provider for this patient and day — payers pay one; combine the visits into one E/M or void one claim`,
          ),
        ]
      }
      return []
    })
  },
})
