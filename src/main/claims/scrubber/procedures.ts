import { hit, rule } from './rule'

const HCPCS = /^[A-Z]\d{4}$/

/** 2400 SV101-2: a CPT or HCPCS code valid on the date of service. */
export const procedureValid = rule({
  id: 'procedure.valid',
  severity: 'error',
  summary: 'Each procedure code is valid on the date of service',
  check: ({ claim, lines, codes }) =>
    lines.flatMap((line, i) => {
      const field = `lines.${i}.code`
      const n = i + 1
      if (HCPCS.test(line.code)) {
        const problem = codes.problem('hcpcs', line.code, claim.dateOfService)
        return problem ? [hit(field, `Line ${n}: ${problem}`)] : []
      }
      if (codes.loaded('cpt')) {
        const problem = codes.problem('cpt', line.code, claim.dateOfService)
        return problem ? [hit(field, `Line ${n}: ${problem}`)] : []
      }
      // Without the AMA's CPT file, the practice's own fee schedule is the list of CPT codes it bills.
      return codes.onFeeSchedule(line.code)
        ? []
        : [
            hit(
              field,
              `Line ${n}: CPT ${line.code} is not on the fee schedule and no CPT list is imported to check it — add it to the fee schedule or import the CPT list`,
            ),
          ]
    }),
})
