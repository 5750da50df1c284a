/**
 * The claim's data alone, in black 12 pt Courier on the 10-cpi grid: the whole page for red
 * pre-printed forms, and the top layer of the drawn form.
 */
import { baselineY, columnX, FONT_SIZE_PT } from './grid'
import type { Placement } from './sheet'

/** Points to move every value, positive right and down, for a printer that feeds off true. */
export interface PrintOffset {
  xPt: number
  yPt: number
}

export const NO_OFFSET: PrintOffset = { xPt: 0, yPt: 0 }

export function drawData(
  doc: PDFKit.PDFDocument,
  placements: Placement[],
  offset: PrintOffset = NO_OFFSET,
): void {
  doc.save()
  doc.font('Courier').fontSize(FONT_SIZE_PT).fillColor('black')
  for (const p of placements) {
    const x = columnX(p.col) + offset.xPt
    const y = baselineY(p.line) + offset.yPt
    doc.text(p.text, x, y, { lineBreak: false, baseline: 'alphabetic' })
  }
  doc.restore()
}
