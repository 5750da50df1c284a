import { hit, rule } from './rule'

/** Drugs billed with a J-code: Medicaid requires the NDC (2410 LIN/CTP), most payers ask for it. */
export const ndcForJCodes = rule({
  id: 'ndc.jcode',
  severity: 'warning',
  summary: 'A J-code drug line carries its NDC',
  check: ({ lines }) =>
    lines.flatMap((line, i) =>
      /^J\d{4}$/.test(line.code) && !line.ndc
        ? [
            hit(
              `lines.${i}.ndc`,
              `Line ${i + 1}: drug ${line.code} has no NDC — add the 11-digit NDC, quantity and unit from the vial (Medicaid denies without it)`,
            ),
          ]
        : [],
    ),
})
