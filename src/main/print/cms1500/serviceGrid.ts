/**
 * Box 24 on the drawn form: column headings A–J, six service lines, each with a shaded
 * supplemental line above it (NUCC: for NDCs and other supplemental information, not a 7th–12th
 * service line). Column rules stop at the shaded lines so supplemental text runs across them.
 */
import { boundaryX, boundaryY } from './grid'
import { dottedRule, fillRect, hRule, label, vRule } from './formInk'
import {
  FRAME_LEFT,
  FRAME_RIGHT,
  LINES_PER_PAGE,
  ROW_FIELDS,
  SERVICE_COLUMNS,
  serviceLine,
  supplementalLine,
  type RowFieldId,
  type ServiceColumn,
} from './layout'

type Doc = PDFKit.PDFDocument

const HEADER_TOP = 40
const HEADER_BOTTOM = 42
const GRID_BOTTOM = serviceLine(LINES_PER_PAGE)
const ROWS = Array.from({ length: LINES_PER_PAGE }, (_, i) => i + 1)

/** Column rules that run through the shaded lines too (24I holds the shaded ID qualifier). */
const FULL_HEIGHT: ServiceColumn[] = ['H', 'I']

/** Dividers inside a column between neighbouring fields: solid between From and To dates. */
const DIVIDERS: [RowFieldId, RowFieldId, 'solid' | 'dotted'][] = [
  ['fromMonth', 'fromDay', 'dotted'],
  ['fromDay', 'fromYear', 'dotted'],
  ['fromYear', 'toMonth', 'solid'],
  ['toMonth', 'toDay', 'dotted'],
  ['toDay', 'toYear', 'dotted'],
  ['procedure', 'modifier1', 'solid'],
  ['modifier1', 'modifier2', 'dotted'],
  ['modifier2', 'modifier3', 'dotted'],
  ['modifier3', 'modifier4', 'dotted'],
  ['chargeDollars', 'chargeCents', 'dotted'],
]

/** Halfway between the end of one field's cells and the start of the next one's. */
export function dividerBoundary(before: RowFieldId, after: RowFieldId): number {
  const a = ROW_FIELDS[before]
  const b = ROW_FIELDS[after]
  return (a.col - 1 + a.width + (b.col - 1)) / 2
}

export function drawServiceGrid(doc: Doc): void {
  for (const row of ROWS) {
    const shaded = supplementalLine(row)
    fillRect(doc, FRAME_LEFT, shaded - 1, FRAME_RIGHT, shaded)
  }
  hRule(doc, FRAME_LEFT, FRAME_RIGHT, HEADER_BOTTOM)
  for (const row of ROWS) hRule(doc, FRAME_LEFT, FRAME_RIGHT, serviceLine(row))
  drawColumnRules(doc)
  drawHeadings(doc)
  for (const row of ROWS) drawRowMarks(doc, row)
}

function drawColumnRules(doc: Doc): void {
  for (const [column, { right }] of Object.entries(SERVICE_COLUMNS)) {
    if (right === FRAME_RIGHT) continue
    if (FULL_HEIGHT.includes(column as ServiceColumn)) {
      vRule(doc, right, HEADER_TOP, GRID_BOTTOM)
      continue
    }
    vRule(doc, right, HEADER_TOP, HEADER_BOTTOM)
    for (const row of ROWS) vRule(doc, right, serviceLine(row) - 1, serviceLine(row))
  }
}

function drawRowMarks(doc: Doc, row: number): void {
  const line = serviceLine(row)
  for (const [before, after, style] of DIVIDERS) {
    const b = dividerBoundary(before, after)
    if (style === 'solid') vRule(doc, b, line - 1, line)
    else dottedRule(doc, b, line - 0.55, line)
  }
  // 24I/24J: the shaded ID and the NPI below it are split by a rule; 24I's lower half reads NPI.
  hRule(doc, SERVICE_COLUMNS.I.left, FRAME_RIGHT, line - 1, 0.4)
  center(doc, 'NPI', 'I', line - 1, 0.3, 5.5)
  // The row numbers 1–6 in the left margin.
  label(doc, String(row), FRAME_LEFT, line - 2, { size: 9, bold: true }, { dx: -7, dy: 7 })
}

function center(doc: Doc, text: string, column: ServiceColumn, t: number, dy: number, size = 4.6) {
  const { left, right } = SERVICE_COLUMNS[column]
  const width = boundaryX(right) - boundaryX(left)
  label(doc, text, left, t, { size, width, align: 'center' }, { dy: dy * 12 })
}

function drawHeadings(doc: Doc): void {
  const t = HEADER_TOP
  label(doc, '24. A.', FRAME_LEFT, t, {}, { dx: 1.5, dy: 1.2 })
  center(doc, 'DATE(S) OF SERVICE', 'A', t, 0.12, 5.5)
  const half = dividerBoundary('fromYear', 'toMonth')
  const fromWidth = boundaryX(half) - boundaryX(FRAME_LEFT)
  label(doc, 'From', FRAME_LEFT, t + 0.75, { size: 5.5, width: fromWidth, align: 'center' })
  label(doc, 'To', half, t + 0.75, { size: 5.5, width: fromWidth, align: 'center' })
  const parts: [RowFieldId, string][] = [
    ['fromMonth', 'MM'],
    ['fromDay', 'DD'],
    ['fromYear', 'YY'],
    ['toMonth', 'MM'],
    ['toDay', 'DD'],
    ['toYear', 'YY'],
  ]
  for (const [id, text] of parts) {
    label(doc, text, ROW_FIELDS[id].col - 1, t + 1.45, { size: 4.6 }, { dx: 1 })
  }
  const headings: [ServiceColumn, string, string[]][] = [
    ['B', 'B.', ['PLACE', 'OF', 'SERVICE']],
    ['C', 'C.', ['', 'EMG']],
    ['D', 'D. PROCEDURES, SERVICES, OR SUPPLIES', ['(Explain Unusual Circumstances)']],
    ['E', 'E.', ['DIAGNOSIS', 'POINTER']],
    ['F', 'F.', ['', '$ CHARGES']],
    ['G', 'G.', ['DAYS', 'OR', 'UNITS']],
    ['H', 'H.', ['EPSDT', 'Family', 'Plan']],
    ['I', 'I.', ['ID.', 'QUAL.']],
    ['J', 'J.', ['RENDERING', 'PROVIDER ID. #']],
  ]
  for (const [column, number, lines] of headings) {
    label(doc, number, SERVICE_COLUMNS[column].left, t, {}, { dx: 1.5, dy: 1.2 })
    const dy = lines.length === 3 ? 0.55 : 0.75
    // The narrow columns (B, C, H) take smaller print so a word never crosses a rule.
    const size = SERVICE_COLUMNS[column].right - SERVICE_COLUMNS[column].left <= 3 ? 3.8 : 4.6
    lines.forEach((text, i) => center(doc, text, column, t, dy + i * 0.42, size))
  }
  const cpt = dividerBoundary('procedure', 'modifier1')
  label(doc, 'CPT/HCPCS', SERVICE_COLUMNS.D.left, t + 1.4, { size: 4.6 }, { dx: 6 })
  label(doc, 'MODIFIER', cpt, t + 1.4, { size: 4.6 }, { dx: 20 })
  doc.lineWidth(0.4)
  doc.moveTo(boundaryX(SERVICE_COLUMNS.D.left), boundaryY(t + 1.35))
  doc.lineTo(boundaryX(SERVICE_COLUMNS.D.right), boundaryY(t + 1.35)).stroke()
  vRule(doc, cpt, t + 1.35, HEADER_BOTTOM)
}
