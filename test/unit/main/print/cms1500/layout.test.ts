import { describe, expect, it } from 'vitest'
import {
  CHAR_PT,
  contains,
  LINE_PT,
  PAGE_HEIGHT_PT,
  PAGE_WIDTH_PT,
  rectPt,
  type GridRect,
} from '../../../../../src/main/print/cms1500/grid'
import {
  BOXES,
  diagnosisField,
  fieldRect,
  FIELDS,
  LINES_PER_PAGE,
  ROW_FIELDS,
  rowField,
  SERVICE_COLUMNS,
  serviceCellRect,
  supplementalRect,
  type FieldSpec,
  type RowFieldId,
} from '../../../../../src/main/print/cms1500/layout'

const ROWS = Array.from({ length: LINES_PER_PAGE }, (_, i) => i + 1)

function everyField(): [string, FieldSpec][] {
  const fields: [string, FieldSpec][] = Object.entries(FIELDS)
  for (let i = 0; i < 12; i++) fields.push([`21.${i}`, diagnosisField(i)])
  for (const row of ROWS) {
    for (const id of Object.keys(ROW_FIELDS) as RowFieldId[]) {
      fields.push([`24.${row}.${id}`, rowField(row, id)])
    }
  }
  return fields
}

describe('the CMS-1500 layout', () => {
  it('prints on the red form’s grid: 10 characters and 6 lines per inch', () => {
    expect(CHAR_PT * 10).toBe(72)
    expect(LINE_PT * 6).toBe(72)
  })

  it('puts every field inside its own box', () => {
    for (const [name, spec] of everyField()) {
      expect(contains(BOXES[spec.box].rect, fieldRect(spec)), name).toBe(true)
    }
  })

  it('keeps every service-line field inside its 24A–24J column and line', () => {
    for (const row of ROWS) {
      for (const [id, spec] of Object.entries(ROW_FIELDS)) {
        const rect = fieldRect(rowField(row, id as RowFieldId))
        const area = 'shaded' in spec ? supplementalRect(row) : serviceCellRect(row, spec.column)
        expect(contains(area, rect), `row ${row} ${id}`).toBe(true)
        if (!('shaded' in spec))
          expect(contains(serviceCellRect(row, spec.column), rect)).toBe(true)
      }
    }
  })

  it('never lets two fields share a character cell', () => {
    const cells = new Map<string, string>()
    for (const [name, spec] of everyField()) {
      for (let col = spec.col; col < spec.col + spec.width; col++) {
        const cell = `${spec.line}:${col}`
        expect(cells.get(cell), `${name} overlaps ${cells.get(cell)} at ${cell}`).toBeUndefined()
        cells.set(cell, name)
      }
    }
  })

  it('keeps every box on the letter page, inside a printer’s quarter-inch top and bottom', () => {
    const page: GridRect[] = Object.values(BOXES).map((b) => b.rect)
    for (const rect of page) {
      const r = rectPt(rect)
      expect(r.x).toBeGreaterThanOrEqual(18)
      expect(r.x + r.width).toBeLessThanOrEqual(PAGE_WIDTH_PT - 12)
      expect(r.y).toBeGreaterThanOrEqual(12)
      expect(r.y + r.height).toBeLessThanOrEqual(PAGE_HEIGHT_PT - 18)
    }
  })

  it('orders the service columns A to J edge to edge', () => {
    const columns = Object.values(SERVICE_COLUMNS)
    columns.slice(1).forEach((column, i) => expect(column.left).toBe(columns[i]!.right))
  })
})
