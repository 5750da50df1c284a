import { MAX_CLAIM_LINES } from '../../../shared/schemas/claim'
import { cents, formatCents } from '../../../shared/money'
import { lineTotal } from '../total'
import { hit, rule } from './rule'

/** 2400 SV104: units are a whole number above zero. */
export const unitsPositive = rule({
  id: 'units.positive',
  severity: 'error',
  summary: 'Every line has 1 or more units',
  check: ({ lines }) =>
    lines.flatMap((line, i) =>
      Number.isInteger(line.units) && line.units > 0
        ? []
        : [
            hit(
              `lines.${i}.units`,
              `Line ${i + 1}: ${line.code} has ${line.units} units — enter 1 or more`,
            ),
          ],
    ),
})

/** 2400 SV102: a charge above zero (a no-charge service is not billed on an 837P). */
export const chargePositive = rule({
  id: 'charge.positive',
  severity: 'error',
  summary: 'Every line charges more than $0.00',
  check: ({ lines }) =>
    lines.flatMap((line, i) =>
      line.chargeCents > 0
        ? []
        : [
            hit(
              `lines.${i}.chargeCents`,
              `Line ${i + 1}: ${line.code} charges ${formatCents(line.chargeCents)} — enter the fee (see the fee schedule)`,
            ),
          ],
    ),
})

/** 837P 1.4.4 balancing: CLM02 equals the sum of the lines' SV102. */
export const chargeTotal = rule({
  id: 'charge.total',
  severity: 'error',
  summary: 'The claim total equals the sum of its lines',
  check: ({ claim, lines }) => {
    const sum = lineTotal(lines)
    return sum === claim.totalCents
      ? []
      : [
          hit(
            'claim.totalCents',
            `The claim total ${formatCents(claim.totalCents)} is not the sum of its lines ${formatCents(cents(sum))} — save the claim's lines again to recount`,
          ),
        ]
  },
})

/** 2400 repeats 1 to 50 times per claim. */
export const lineCount = rule({
  id: 'lines.count',
  severity: 'error',
  summary: 'The claim has 1 to 50 service lines',
  check: ({ lines }) => {
    if (lines.length === 0)
      return [hit('lines', 'The claim has no service lines — add the services performed')]
    if (lines.length > MAX_CLAIM_LINES) {
      return [
        hit(
          `lines.${MAX_CLAIM_LINES}`,
          `The claim has ${lines.length} lines; a claim carries at most ${MAX_CLAIM_LINES} — split it`,
        ),
      ]
    }
    return []
  },
})
