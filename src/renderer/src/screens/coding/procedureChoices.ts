import { procedureCodeError } from '../../../../shared/validators/procedureCode'
import type { CodeChoice } from './CodeTypeahead'

const CODE_PREFIX = /^[0-9A-Z]{1,5}$/

/**
 * Procedure choices beside main's hits: a practice may have no CPT list (its text is the AMA's),
 * so its fee schedule's codes are offered by prefix, and a well-formed code can be taken as typed;
 * main still checks it against the CPT list or the fee schedule when the visit is marked coded.
 */
export function procedureChoices(
  fees: ReadonlyMap<string, number>,
): (text: string, found: CodeChoice[]) => CodeChoice[] {
  return (text, found) => {
    const typed = text.trim().toUpperCase()
    const withFees = found.map((c) => ({ ...c, feeCents: fees.get(c.code) }))
    const listed = new Set(found.map((c) => c.code))
    const front: CodeChoice[] = []
    if (procedureCodeError(typed) === null && !listed.has(typed)) {
      front.push({
        code: typed,
        display: typed,
        description: '',
        billable: true,
        source: fees.has(typed) ? 'fee' : 'typed',
        feeCents: fees.get(typed),
      })
      listed.add(typed)
    }
    const back: CodeChoice[] = CODE_PREFIX.test(typed)
      ? [...fees]
          .filter(([code]) => code.startsWith(typed) && !listed.has(code))
          .sort(([a], [b]) => a.localeCompare(b))
          .slice(0, 10)
          .map(([code, fee]) => ({
            code,
            display: code,
            description: '',
            billable: true,
            source: 'fee',
            feeCents: fee,
          }))
      : []
    return [...front, ...withFees, ...back]
  }
}

/** A code typed in full and left (Tab) without picking: taken as typed when well formed. */
export function typedProcedure(text: string, fees: ReadonlyMap<string, number>): CodeChoice | null {
  const code = text.trim().toUpperCase()
  if (procedureCodeError(code) !== null) return null
  return {
    code,
    display: code,
    description: '',
    billable: true,
    source: fees.has(code) ? 'fee' : 'typed',
    feeCents: fees.get(code),
  }
}
