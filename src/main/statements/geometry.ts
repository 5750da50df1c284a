/**
 * Where a statement must print so its addresses show through a #10 double-window envelope.
 * Every other file asks this one; nothing else knows an envelope's measurements.
 *
 * Units: the envelope is described in inches as envelope makers give it; the sheet in PDF points
 * (72 per inch) measured from the sheet's top-left corner, as pdfkit draws and `pdftotext -bbox`
 * reads back.
 *
 * Derivation.
 * - Letter paper is 8½ × 11 in, folded in three (a "letter fold"): fold lines at 11/3 and 22/3 in
 *   from the top. Folded, the packet is 8½ × 3⅔ in and its top third faces the windows, upright.
 * - A #10 envelope is 9½ × 4⅛ in. The packet can therefore move inside it: 1 in sideways
 *   (9½ − 8½) and 4⅛ − 3⅔ = 0.458 in up and down. We do not assume it sits centred or settled:
 *   a point is "safe" only if it shows through the window wherever the packet lies.
 * - Horizontally, with the packet's left edge s ∈ [0, 1] in from the envelope's left edge, a point
 *   x in from the sheet's left edge is at s + x on the envelope. A window spanning [L, R] on the
 *   envelope shows it for every s when x ≥ L and x + 1 ≤ R, i.e. x ∈ [L, R − 1].
 * - Vertically, with the packet's bottom b ∈ [0, 0.458] in above the envelope's bottom edge, a
 *   point d in below the sheet's top is at height b + 3⅔ − d above the envelope's bottom. A window
 *   spanning heights [lo, hi] shows it for every b when d ∈ [4⅛ − hi, 3⅔ − lo].
 * - Recipient window: 4 × 1⅜ in, ½ in from the left, ¾ in above the bottom edge:
 *   L = ½, R = 4½, lo = ¾, hi = 2⅛ → on the sheet x ∈ [0.5, 3.5] in, d ∈ [2.0, 2.917] in.
 * - Return window: 3½ × 1 in, ½ in from the left. The standard gives no height for it; the usual
 *   placement (and ours) is its top edge ½ in below the envelope's top edge: lo = 2⅝, hi = 3⅝ →
 *   on the sheet x ∈ [0.5, 3.0] in, d ∈ [0.5, 1.042] in.
 * - Both lie in the sheet's top third (d < 3⅔ in), as the issue requires.
 * - Text must stay ≥ 2 mm inside the window's visible area and be ≥ 8 pt: the printable box is the
 *   safe area inset by 2 mm on every side (`RETURN_TEXT_BOX`, `RECIPIENT_TEXT_BOX`).
 */

export const PT_PER_INCH = 72
export const MM_PT = PT_PER_INCH / 25.4

export const SHEET = { widthIn: 8.5, heightIn: 11 } as const
export const ENVELOPE_10 = { widthIn: 9.5, heightIn: 4.125 } as const

/** Fold lines of a letter fold, in points from the sheet's top. */
export const FOLDS_PT = [
  (SHEET.heightIn / 3) * PT_PER_INCH,
  ((2 * SHEET.heightIn) / 3) * PT_PER_INCH,
]

/** A window as the envelope maker gives it: size, left offset, height of its bottom edge. */
export interface EnvelopeWindow {
  widthIn: number
  heightIn: number
  leftIn: number
  bottomIn: number
}

export const RETURN_WINDOW: EnvelopeWindow = {
  widthIn: 3.5,
  heightIn: 1,
  leftIn: 0.5,
  bottomIn: ENVELOPE_10.heightIn - 0.5 - 1,
}

export const RECIPIENT_WINDOW: EnvelopeWindow = {
  widthIn: 4,
  heightIn: 1.375,
  leftIn: 0.5,
  bottomIn: 0.75,
}

/** A rectangle on the sheet in points, from the top-left corner. */
export interface SheetRect {
  x: number
  y: number
  width: number
  height: number
}

const FOLDED_HEIGHT_IN = SHEET.heightIn / 3
const PLAY_X_IN = ENVELOPE_10.widthIn - SHEET.widthIn

/** The part of the sheet that shows through a window wherever the packet lies in the envelope. */
export function visibleOnSheet(w: EnvelopeWindow): SheetRect {
  const left = w.leftIn
  const right = w.leftIn + w.widthIn - PLAY_X_IN
  const lo = w.bottomIn
  const hi = w.bottomIn + w.heightIn
  const top = ENVELOPE_10.heightIn - hi
  const bottom = FOLDED_HEIGHT_IN - lo
  if (right <= left || bottom <= top) throw new Error('The window is smaller than the packet play')
  return {
    x: left * PT_PER_INCH,
    y: top * PT_PER_INCH,
    width: (right - left) * PT_PER_INCH,
    height: (bottom - top) * PT_PER_INCH,
  }
}

/** Text keeps this far inside a window's visible area. */
export const WINDOW_INSET_PT = 2 * MM_PT
/** Nothing printed in a window is smaller. */
export const MIN_WINDOW_FONT_PT = 8

function inset(r: SheetRect, by: number): SheetRect {
  return { x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by }
}

export const RETURN_TEXT_BOX: SheetRect = inset(visibleOnSheet(RETURN_WINDOW), WINDOW_INSET_PT)
export const RECIPIENT_TEXT_BOX: SheetRect = inset(
  visibleOnSheet(RECIPIENT_WINDOW),
  WINDOW_INSET_PT,
)

/** Type sizes that fit the boxes: the return address at 8 pt, the recipient at 10 pt. */
export const RETURN_FONT = { size: 8, leading: 9 } as const
export const RECIPIENT_FONT = { size: 10, leading: 11.5 } as const
