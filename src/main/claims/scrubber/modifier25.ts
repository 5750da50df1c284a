import { hit, rule } from './rule'

/** Office and outpatient E/M and other evaluation services (99202–99499). */
const EM = /^99[2-4]\d\d$/

/**
 * Medicine-section services that bundle a same-day E/M like surgery does: immunization and drug
 * administration, chemotherapy administration, active wound care, osteopathic and chiropractic
 * manipulation. Diagnostic tests (ECG, spirometry…) do not.
 */
const MEDICINE_PROCEDURES: readonly [number, number][] = [
  [90460, 90474],
  [96360, 96379],
  [96401, 96549],
  [97597, 97610],
  [98925, 98943],
]

/** A procedure billed beside an E/M: surgery (10021–69990) except venipuncture, or one of the above. */
export function isProcedure(code: string): boolean {
  if (!/^\d{5}$/.test(code)) return false
  const n = Number(code)
  if (n >= 10021 && n <= 69990) return n !== 36415 && n !== 36416
  return MEDICINE_PROCEDURES.some(([from, to]) => n >= from && n <= to)
}

/**
 * NCCI: an E/M on the day of a procedure is part of the procedure unless it was significant
 * and separately identifiable, which modifier 25 on the E/M line says.
 */
export const emModifier25 = rule({
  id: 'em.modifier25',
  severity: 'warning',
  summary: 'An E/M billed with a procedure the same day carries modifier 25',
  check: ({ lines }) => {
    const procedure = lines.find((l) => isProcedure(l.code))
    if (!procedure) return []
    return lines.flatMap((line, i) =>
      EM.test(line.code) && !line.modifiers.includes('25')
        ? [
            hit(
              `lines.${i}.modifiers`,
              `Line ${i + 1}: ${line.code} is billed with ${procedure.code} the same day without modifier 25 — payers bundle the visit into the procedure; add 25 if the visit was significant and separate, or acknowledge`,
            ),
          ]
        : [],
    )
  },
})
