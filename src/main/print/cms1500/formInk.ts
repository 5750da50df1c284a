/**
 * Drawing primitives for the form itself, in the red form's ink. Positions are grid boundaries
 * (see grid.ts); the data layer stays black so a reader tells form from claim at a glance, as on
 * the red original.
 */
import { boundaryX, boundaryY, CHAR_PT, columnX, lineTop } from './grid'

export const RED = '#c4262e'
export const SHADE = '#fbe3e3'
export const RULE_PT = 0.6
export const FRAME_PT = 1.2

type Doc = PDFKit.PDFDocument

export interface LabelOptions {
  size?: number
  bold?: boolean
  /** Wrap inside this many points. */
  width?: number
  align?: 'left' | 'center' | 'right'
}

/** Small red text with its top-left at boundary (b, t), nudged by points. */
export function label(
  doc: Doc,
  text: string,
  b: number,
  t: number,
  options: LabelOptions = {},
  nudge: { dx?: number; dy?: number } = {},
): void {
  const size = options.size ?? 5.5
  doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size)
  doc.fillColor(RED)
  const x = boundaryX(b) + (nudge.dx ?? 0)
  const y = boundaryY(t) + (nudge.dy ?? 0)
  if (options.width === undefined) {
    doc.text(text, x, y, { lineBreak: false })
  } else {
    doc.text(text, x, y, { width: options.width, align: options.align ?? 'left', lineGap: -0.6 })
  }
}

/** Width of a label at a size, to set labels right-aligned before a checkbox. */
export function labelWidth(doc: Doc, text: string, size = 5.5, bold = false): number {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size)
  return doc.widthOfString(text)
}

export function hRule(doc: Doc, left: number, right: number, t: number, width = RULE_PT): void {
  doc.lineWidth(width).strokeColor(RED)
  doc.moveTo(boundaryX(left), boundaryY(t)).lineTo(boundaryX(right), boundaryY(t)).stroke()
}

export function vRule(doc: Doc, b: number, top: number, bottom: number, width = RULE_PT): void {
  doc.lineWidth(width).strokeColor(RED)
  doc.moveTo(boundaryX(b), boundaryY(top)).lineTo(boundaryX(b), boundaryY(bottom)).stroke()
}

/** A dotted divider inside a field, such as between month, day and year cells. */
export function dottedRule(doc: Doc, b: number, top: number, bottom: number): void {
  doc.save()
  doc.dash(1, { space: 1.2 })
  vRule(doc, b, top, bottom, 0.5)
  doc.undash()
  doc.restore()
}

/** The square of a checkbox in the character cell where its X prints. */
export function checkSquare(doc: Doc, line: number, col: number): void {
  doc.lineWidth(0.5).strokeColor(RED)
  doc.rect(columnX(col) + 0.3, lineTop(line) + 1.8, CHAR_PT - 0.6, 8.6).stroke()
}

export function fillRect(doc: Doc, left: number, top: number, right: number, bottom: number): void {
  const x = boundaryX(left)
  const y = boundaryY(top)
  doc.rect(x, y, boundaryX(right) - x, boundaryY(bottom) - y).fill(SHADE)
}
