import { hit, rule } from './rule'

/**
 * Payers deny a second claim for the same patient, date, payer and service as a duplicate
 * (CARC 18). Other claims of the same visit (split parts, corrections) are not lookalikes.
 */
export const likelyDuplicate = rule({
  id: 'claim.duplicate',
  severity: 'warning',
  summary: 'No other claim bills the same patient, date of service, payer and code',
  check: ({ lines, lookalikes }) =>
    lines.flatMap((line, i) => {
      const twin = lookalikes.find((other) => other.code === line.code)
      return twin
        ? [
            hit(
              `lines.${i}.code`,
              `Line ${i + 1}: claim ${twin.patientControlNumber} already bills ${line.code} to this payer for the same patient and date — void one of them, or acknowledge if both services happened (with modifier 76, 77, 59 or XU where it applies)`,
            ),
          ]
        : []
    }),
})
