import { MAX_MODIFIERS } from '../../../shared/schemas/visit'
import { isCptModifier } from '../../codes/cptModifiers'
import { hit, rule, type RuleHit } from './rule'

/** 2400 SV101-3…6: up to 4 modifiers, each a valid code on the date of service, none repeated. */
export const modifierValid = rule({
  id: 'modifier.valid',
  severity: 'error',
  summary: 'Each modifier is a valid CPT or HCPCS modifier, at most 4 per line, none repeated',
  check: ({ claim, lines, codes }) =>
    lines.flatMap((line, i) => {
      const hits: RuleHit[] = []
      const n = i + 1
      if (line.modifiers.length > MAX_MODIFIERS) {
        hits.push(
          hit(
            `lines.${i}.modifiers.${MAX_MODIFIERS}`,
            `Line ${n} has ${line.modifiers.length} modifiers; a line carries at most ${MAX_MODIFIERS} — keep the ones that change payment first`,
          ),
        )
      }
      line.modifiers.forEach((m, j) => {
        const field = `lines.${i}.modifiers.${j}`
        if (!/^[0-9A-Z]{2}$/.test(m)) {
          hits.push(hit(field, `Line ${n}: modifier "${m}" is not 2 letters or digits`))
        } else if (line.modifiers.indexOf(m) !== j) {
          hits.push(hit(field, `Line ${n}: modifier ${m} is listed twice — list it once`))
        } else if (!isCptModifier(m) && !codes.entry('modifier', m, claim.dateOfService)) {
          hits.push(
            hit(
              field,
              `Line ${n}: modifier ${m} is not a valid modifier on ${claim.dateOfService} — check it, or import the current modifier list`,
            ),
          )
        }
      })
      return hits
    }),
})
