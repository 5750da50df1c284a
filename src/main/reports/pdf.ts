/**
 * Reports as print-ready PDF, from the same rows the CSV export writes: letter paper turned
 * sideways (the aging's nine columns fit), the practice and the report's title on every page,
 * the table's header row again at the top of each page it runs onto, "Page N of M" below.
 * A row of one cell is a section heading; the row after a heading (or at the start) is the
 * header row of the table that follows; an empty row ends a table.
 */
import PDFDocument from 'pdfkit'
import { pdfBytes } from '../print/pdfDocument'
import type { Cell, ReportTable } from './csv'

export interface ReportPage {
  practice: { name: string; lines: string[]; phone: string }
  /** When the report was printed, as shown to the reader. */
  printedAt: string
}

const PAGE = { width: 792, height: 612 }
const MARGIN = 36
const BODY_TOP = 104
const BODY_BOTTOM = PAGE.height - 48
const WIDTH = PAGE.width - 2 * MARGIN
const FONT_SIZE = 8.5
const PAD = 3
/** Space between columns beyond the text itself. */
const GAP = 14

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/g
const MONEY = /^-?\d+\.\d{2}$/
const NUMBER = /^-?\d+(\.\d+)?%?$/

/**
 * ISO dates read as US dates on paper; the minus sign (U+2212, in the KPI definitions) is not in
 * the standard PDF fonts' character set, so it prints as a hyphen.
 */
const usDates = (text: string) => text.replace(ISO_DATE, '$2/$3/$1').replace(/\u2212/g, '-')

/** "1234.56" as $1,234.56 (the CSV's dollars, computed from cents; only commas are added). */
function money(text: string): string {
  const negative = text.startsWith('-')
  const [whole, cents] = (negative ? text.slice(1) : text).split('.')
  return `${negative ? '-' : ''}$${Number(whole).toLocaleString('en-US')}.${cents}`
}

function shown(cell: Cell): { text: string; right: boolean } {
  if (cell === null) return { text: '', right: false }
  const text = String(cell)
  if (MONEY.test(text)) return { text: money(text), right: true }
  if (typeof cell === 'number' || NUMBER.test(text)) return { text, right: true }
  return { text: usDates(text), right: false }
}

interface Table {
  heading: string | null
  head: Cell[]
  body: Cell[][]
}

/** The rows cut into tables at empty rows and one-cell headings. */
function tables(rows: readonly Cell[][]): Table[] {
  const out: Table[] = []
  let heading: string | null = null
  let current: Table | null = null
  for (const row of rows) {
    if (row.length === 0) {
      current = null
    } else if (row.length === 1) {
      heading = String(row[0] ?? '')
      current = null
    } else if (!current) {
      current = { heading, head: row, body: [] }
      out.push(current)
      heading = null
    } else current.body.push(row)
  }
  return out
}

/** Column widths from the widest text of each column, long text columns taking what is left. */
function widths(doc: PDFKit.PDFDocument, t: Table): number[] {
  const n = t.head.length
  const natural = Array.from(
    { length: n },
    (_, i) =>
      Math.max(
        ...[t.head, ...t.body].map(
          (r) => doc.widthOfString(shown(r[i] ?? null).text, { lineBreak: false }) + 2 * PAD,
        ),
      ) + GAP,
  )
  const total = natural.reduce((s, w) => s + w, 0)
  if (total <= WIDTH) return natural
  // Too wide: the narrow columns keep their width, the wide ones share the rest and wrap.
  const share = WIDTH / n
  const narrow = natural.filter((w) => w <= share).reduce((s, w) => s + w, 0)
  const wide = natural.filter((w) => w > share).reduce((s, w) => s + w, 0)
  return natural.map((w) => (w <= share ? w : ((WIDTH - narrow) * w) / wide))
}

/** A column of amounts or counts is right-aligned, its header and totals with it. */
function rightAligned(t: Table): boolean[] {
  return t.head.map((_, i) => {
    const cells = t.body.map((r) => r[i] ?? null).filter((c) => c !== null && c !== '')
    return cells.length > 0 && cells.every((c) => shown(c).right)
  })
}

export async function reportPdf(report: ReportTable, page: ReportPage): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: report.title, Creator: 'ClaimDesk', Producer: 'ClaimDesk' },
  })
  const title = usDates(report.title)
  let y = 0
  const newPage = () => {
    doc.addPage({ size: 'LETTER', layout: 'landscape', margin: 0 })
    doc.font('Helvetica-Bold').fontSize(11).text(page.practice.name, MARGIN, MARGIN)
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .text([...page.practice.lines, page.practice.phone].filter(Boolean).join('  ·  '), MARGIN)
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(title, MARGIN, MARGIN + 32)
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`Printed ${page.printedAt}`, MARGIN, MARGIN + 36, { width: WIDTH, align: 'right' })
    doc
      .moveTo(MARGIN, BODY_TOP - 8)
      .lineTo(PAGE.width - MARGIN, BODY_TOP - 8)
      .lineWidth(0.5)
      .stroke()
    y = BODY_TOP
  }
  const rowHeight = (cells: Cell[], w: number[]) =>
    Math.max(
      ...cells.map((c, i) => doc.heightOfString(shown(c).text || ' ', { width: w[i]! - 2 * PAD })),
    ) +
    2 * PAD
  const drawRow = (cells: Cell[], w: number[], right: boolean[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE)
    const h = rowHeight(cells, w)
    let x = MARGIN
    cells.forEach((c, i) => {
      const s = shown(c)
      doc.text(s.text, x + PAD, y + PAD, {
        width: w[i]! - 2 * PAD,
        align: right[i] ? 'right' : 'left',
      })
      x += w[i]!
    })
    y += h
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + w.reduce((a, b) => a + b, 0), y)
      .lineWidth(bold ? 0.75 : 0.25)
      .strokeColor(bold ? '#000000' : '#999999')
      .stroke()
      .strokeColor('#000000')
  }
  newPage()
  const all = tables(report.rows)
  if (all.length === 0) {
    doc.font('Helvetica').fontSize(10).text('Nothing to report for this period.', MARGIN, y)
  }
  for (const t of all) {
    doc.font('Helvetica').fontSize(FONT_SIZE)
    const w = widths(doc, t)
    const right = rightAligned(t)
    const headH = rowHeight(t.head, w)
    // A heading, the header row and a first line stay together on one page.
    if (y + 16 + headH * 2 > BODY_BOTTOM) newPage()
    if (t.heading) {
      doc.font('Helvetica-Bold').fontSize(10).text(usDates(t.heading), MARGIN, y, { width: WIDTH })
      y = doc.y + 4
    }
    drawRow(t.head, w, right, true)
    for (const row of t.body) {
      doc.font('Helvetica').fontSize(FONT_SIZE)
      if (y + rowHeight(row, w) > BODY_BOTTOM) {
        newPage()
        drawRow(t.head, w, right, true)
      }
      drawRow(row, w, right, row[0] === 'Total' || String(row[0] ?? '').endsWith(' total'))
    }
    y += 14
  }
  const range = doc.bufferedPageRange()
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`Page ${i + 1} of ${range.count}`, MARGIN, PAGE.height - 32, {
        width: WIDTH,
        align: 'center',
        lineBreak: false,
      })
  }
  return pdfBytes(doc)
}
