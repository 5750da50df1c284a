/**
 * The CMS-1500 (02/12) drawn on plain paper in red: frame, box rules, box numbers and captions,
 * the carrier block, the six service lines with their shaded supplemental lines. Every box comes
 * from layout.ts, the same positions the data prints at. A biller should recognize it; it is not
 * a pixel copy of the printed red form (which OCR scanners read and plain paper never feeds).
 */
import { boundaryX, boundaryY, CHAR_PT, PAGE_WIDTH_PT } from './grid'
import { drawMarks } from './formMarks'
import { FRAME_PT, fillRect, hRule, label, RED, RULE_PT } from './formInk'
import {
  BOXES,
  FRAME_BOTTOM,
  FRAME_LEFT,
  FRAME_RIGHT,
  FRAME_TOP,
  SECTION_BREAK,
  type BoxSpec,
} from './layout'
import { drawServiceGrid } from './serviceGrid'

type Doc = PDFKit.PDFDocument

export function drawForm(doc: Doc): void {
  doc.save()
  drawShading(doc)
  for (const spec of Object.values(BOXES) as BoxSpec[]) drawBox(doc, spec)
  drawServiceGrid(doc)
  drawFrame(doc)
  drawHeading(doc)
  drawSideLabels(doc)
  drawMarks(doc)
  drawFooter(doc)
  doc.restore()
}

function drawShading(doc: Doc): void {
  for (const spec of Object.values(BOXES) as BoxSpec[]) {
    if (!spec.shaded) continue
    const { left, top, right, bottom } = spec.rect
    fillRect(doc, left, top, right, bottom)
  }
}

function drawBox(doc: Doc, spec: BoxSpec): void {
  const { left, top, right, bottom } = spec.rect
  if (spec.ruled !== false) {
    doc.lineWidth(RULE_PT).strokeColor(RED)
    const x = boundaryX(left)
    const y = boundaryY(top)
    doc.rect(x, y, boundaryX(right) - x, boundaryY(bottom) - y).stroke()
  }
  if (spec.caption) label(doc, spec.caption, left, top, {}, { dx: 1.5, dy: 1.2 })
}

function drawFrame(doc: Doc): void {
  doc.lineWidth(FRAME_PT).strokeColor(RED)
  const x = boundaryX(FRAME_LEFT)
  const y = boundaryY(FRAME_TOP)
  doc.rect(x, y, boundaryX(FRAME_RIGHT) - x, boundaryY(FRAME_BOTTOM) - y).stroke()
  hRule(doc, FRAME_LEFT, FRAME_RIGHT, SECTION_BREAK, FRAME_PT)
}

function drawHeading(doc: Doc): void {
  label(doc, '1500', FRAME_LEFT, 0.5, { size: 24, bold: true })
  label(doc, 'HEALTH INSURANCE CLAIM FORM', FRAME_LEFT, 3.4, { size: 11, bold: true })
  label(doc, 'APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12', FRAME_LEFT, 4.6)
  // PICA: the boxes a payer's scanner checks first; left and right just above the frame.
  drawPica(doc, FRAME_LEFT, false)
  drawPica(doc, FRAME_RIGHT - 4.6, true)
}

function drawPica(doc: Doc, b: number, squareFirst: boolean): void {
  const squareB = squareFirst ? b : b + 2.6
  const textB = squareFirst ? b + 2.4 : b
  doc.lineWidth(0.5).strokeColor(RED)
  doc.rect(boundaryX(squareB), boundaryY(5.15), 2 * CHAR_PT, 8).stroke()
  doc
    .moveTo(boundaryX(squareB + 1), boundaryY(5.15))
    .lineTo(boundaryX(squareB + 1), boundaryY(5.15) + 8)
  doc.stroke()
  label(doc, 'PICA', textB, 5.3, { size: 6, bold: true })
}

/** The red form's margin titles, read bottom to top beside the frame. */
function drawSideLabels(doc: Doc): void {
  const x = PAGE_WIDTH_PT - 7
  const sections: [string, number, number][] = [
    ['CARRIER', 0.5, FRAME_TOP],
    ['PATIENT AND INSURED INFORMATION', FRAME_TOP, SECTION_BREAK],
    ['PHYSICIAN OR SUPPLIER INFORMATION', SECTION_BREAK, FRAME_BOTTOM],
  ]
  doc.font('Helvetica-Bold').fontSize(5.5).fillColor(RED)
  for (const [text, top, bottom] of sections) {
    const yTop = boundaryY(top) + 2
    const yBottom = boundaryY(bottom) - 2
    doc.lineWidth(0.5).strokeColor(RED)
    doc
      .moveTo(x - 3, yTop)
      .lineTo(x + 1, yTop)
      .lineTo(x + 1, yBottom)
      .lineTo(x - 3, yBottom)
    doc.stroke()
    const length = yBottom - yTop
    doc.save()
    doc.rotate(-90, { origin: [x, yBottom] })
    doc.text(text, x, yBottom - 5, { width: length, align: 'center', lineBreak: false })
    doc.restore()
  }
}

function drawFooter(doc: Doc): void {
  const t = FRAME_BOTTOM + 0.25
  label(doc, 'NUCC Instruction Manual available at: www.nucc.org', FRAME_LEFT, t, { size: 6 })
  label(doc, 'PLEASE PRINT OR TYPE', 30, t, { size: 7, bold: true })
  const right = 'APPROVED OMB-0938-1197 FORM 1500 (02-12)'
  doc.font('Helvetica-Bold').fontSize(6)
  const width = doc.widthOfString(right)
  doc.fillColor(RED).text(right, boundaryX(FRAME_RIGHT) - width, boundaryY(t), {
    lineBreak: false,
  })
}
