import { Cms1500Error } from './error'
import { fitText, upper } from './format'
import { FIELDS, type FieldId, type FieldSpec } from './layout'

/** One value at its place in the grid, ready to print in Courier at 10 cpi. */
export interface Placement {
  /** Which field it fills, e.g. `patientName` or `24.3.procedure` (row 3 of box 24). */
  field: string
  line: number
  col: number
  text: string
}

export { Cms1500Error }

/**
 * Collects a page's placements. Free text (names, addresses, plan names) is fitted to its field
 * at word boundaries, abbreviating long words before dropping any; an identifier the payer must read back whole (IDs, NPIs, codes, the account
 * number) must fit or the form is refused, because a cut one would be a wrong one.
 */
export class Sheet {
  readonly placements: Placement[] = []

  put(id: FieldId, text: string, identifier?: string): void {
    this.putAt(id, FIELDS[id], text, identifier)
  }

  putAt(name: string, spec: FieldSpec, text: string, identifier?: string): void {
    let value = upper(text)
    if (value === '') return
    if (value.length > spec.width) {
      if (identifier) {
        throw new Cms1500Error(
          `Box ${spec.box} holds ${spec.width} characters; the ${identifier} has ${value.length}`,
        )
      }
      value = fitText(value, spec.width)
    }
    const col = spec.align === 'right' ? spec.col + spec.width - value.length : spec.col
    this.placements.push({ field: name, line: spec.line, col, text: value })
  }

  /** An X in a checkbox. */
  mark(id: FieldId): void {
    this.put(id, 'X')
  }
}
