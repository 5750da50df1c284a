/**
 * The CMS-1500's print grid. The red form is designed for 10 characters per inch and 6 lines per
 * inch, so every field is a run of character cells: column 1 is the leftmost cell of box 24A,
 * line 8 the data line of box 1. 12 pt Courier advances exactly 7.2 pt (1/10") per character.
 *
 * Rules and box edges are given as boundaries: column boundary b lies b cells right of column 1's
 * left edge (column c spans c-1..c), line boundary t lies t lines below line 1's top (line n spans
 * n-1..n). Half boundaries are allowed where the red form draws a rule between two cells.
 */

export const CHAR_PT = 7.2
export const LINE_PT = 12
export const FONT_SIZE_PT = 12
export const PAGE_WIDTH_PT = 612
export const PAGE_HEIGHT_PT = 792

/**
 * Column 1's left edge and line 1's top edge on the page. Open-source 1500 printers that fill the
 * red form put column 1 about 0.35" from the paper's left edge and the box 1 data line about
 * 1.4" from its top; a printer that feeds differently is corrected with the data-only offset.
 */
export const GRID_ORIGIN = { xPt: 25.2, yPt: 14.4 } as const

/** Courier's baseline 9.5 pt into its 12 pt line keeps ascenders and descenders in the cell. */
const BASELINE_IN_LINE_PT = 9.5

export interface GridRect {
  left: number
  top: number
  right: number
  bottom: number
}

export interface PtRect {
  x: number
  y: number
  width: number
  height: number
}

export function boundaryX(b: number): number {
  return GRID_ORIGIN.xPt + b * CHAR_PT
}

export function boundaryY(t: number): number {
  return GRID_ORIGIN.yPt + t * LINE_PT
}

/** Left edge of a 1-based column. */
export function columnX(col: number): number {
  return boundaryX(col - 1)
}

/** Top edge of a 1-based line. */
export function lineTop(line: number): number {
  return boundaryY(line - 1)
}

export function baselineY(line: number): number {
  return lineTop(line) + BASELINE_IN_LINE_PT
}

export function rectPt(r: GridRect): PtRect {
  const x = boundaryX(r.left)
  const y = boundaryY(r.top)
  return { x, y, width: boundaryX(r.right) - x, height: boundaryY(r.bottom) - y }
}

/** The cells a field of `width` characters occupies on one line. */
export function cellsRect(line: number, col: number, width: number): GridRect {
  return { left: col - 1, top: line - 1, right: col - 1 + width, bottom: line }
}

export function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.left >= outer.left &&
    inner.right <= outer.right &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom
  )
}
