/**
 * Prints statements for a #10 double-window envelope: the practice's return address in the upper
 * window, the guarantor's mailing address in the lower one (positions from geometry.ts only), a
 * tear-off remittance coupon in the top third beside the windows, and the statement itself below
 * the first fold. A statement that runs long continues on further pages.
 */
import {
  FOLDS_PT,
  MIN_WINDOW_FONT_PT,
  RECIPIENT_FONT,
  RECIPIENT_TEXT_BOX,
  RETURN_FONT,
  RETURN_TEXT_BOX,
  type SheetRect,
} from './geometry'
import { dollars, usDate, type StatementContent } from './content'
import { letterPdf, pdfBytes } from '../print/pdfDocument'

const PAGE_W = 612
const PAGE_H = 792
const LEFT = 36
const RIGHT = PAGE_W - 36
const BOTTOM = PAGE_H - 48
const REGULAR = 'Helvetica'
const BOLD = 'Helvetica-Bold'

/**
 * One line of text aligned in a box of `width`, never wrapped. The same place pdfkit's own
 * `align` would give, without its line wrapper: a run draws tens of thousands of these.
 */
function place(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'right' | 'center',
): void {
  const free = align === 'left' ? 0 : width - doc.widthOfString(text)
  doc.text(text, x + (align === 'right' ? free : free / 2), y, { lineBreak: false })
}

/** Height of the service cell: one line without measuring through the wrapper when it fits. */
function cellHeight(doc: PDFKit.PDFDocument, text: string, width: number): number {
  if (!text.includes('\n') && doc.widthOfString(text) < width) return doc.currentLineHeight(true)
  return doc.heightOfString(text, { width })
}

/** Lines printed inside a window box: shrunk to fit (never below 8 pt), then cut. */
function windowText(
  doc: PDFKit.PDFDocument,
  lines: string[],
  box: SheetRect,
  font: { size: number; leading: number },
): void {
  let size = font.size
  let leading = font.leading
  const widest = () =>
    Math.max(...lines.map((l) => doc.font(REGULAR).fontSize(size).widthOfString(l)))
  while (size > MIN_WINDOW_FONT_PT && widest() > box.width) {
    size -= 0.5
    leading = size * 1.15
  }
  const fit = Math.max(1, Math.floor((box.height - size) / leading) + 1)
  doc.font(REGULAR).fontSize(size)
  lines.slice(0, fit).forEach((line, i) => {
    let text = line
    while (text.length > 1 && doc.widthOfString(text) > box.width) text = text.slice(0, -1)
    doc.text(text, box.x, box.y + i * leading, { lineBreak: false })
  })
}

interface Col {
  title: string
  x: number
  width: number
}

const COLS: Col[] = [
  { title: 'Date', x: LEFT, width: 48 },
  { title: 'Service', x: 86, width: 206 },
  { title: 'Charge', x: 294, width: 46 },
  { title: 'Ins. paid', x: 342, width: 46 },
  { title: 'Adjusted', x: 390, width: 44 },
  { title: 'You paid', x: 436, width: 44 },
  { title: 'Ins. pending', x: 482, width: 48 },
  { title: 'You owe', x: 532, width: 44 },
]

class Writer {
  y = 0
  pages = 0
  constructor(
    private doc: PDFKit.PDFDocument,
    private c: StatementContent,
  ) {}

  newPage(): void {
    this.doc.addPage({ size: 'LETTER', margin: 0 })
    this.pages++
    if (this.pages > 1) {
      this.doc.font(REGULAR).fontSize(8).fillColor('black')
      this.doc.text(
        `${this.c.practice.name} — statement for account ${this.c.accountNo} (continued), page ${this.pages}`,
        LEFT,
        36,
        { lineBreak: false },
      )
      this.y = 56
      this.tableHead()
    }
  }

  need(h: number): void {
    if (this.y + h > BOTTOM) this.newPage()
  }

  tableHead(): void {
    const doc = this.doc
    doc.font(BOLD).fontSize(7.5)
    for (const [i, col] of COLS.entries()) {
      place(doc, col.title, col.x, this.y, col.width, i < 2 ? 'left' : 'right')
    }
    this.y += 11
    doc
      .moveTo(LEFT, this.y - 2)
      .lineTo(RIGHT, this.y - 2)
      .lineWidth(0.5)
      .stroke()
  }

  row(cells: (string | null)[], bold = false): void {
    const doc = this.doc
    doc.font(bold ? BOLD : REGULAR).fontSize(8)
    const serviceH = cells[1] ? cellHeight(doc, cells[1], COLS[1]!.width) : 9
    this.need(serviceH + 2)
    for (const [i, col] of COLS.entries()) {
      const text = cells[i]
      if (!text) continue
      if (i === 1) doc.text(text, col.x, this.y, { width: col.width, lineBreak: true })
      else place(doc, text, col.x, this.y, col.width, i < 2 ? 'left' : 'right')
    }
    this.y += Math.max(serviceH, 9) + 2
  }
}

function topThird(doc: PDFKit.PDFDocument, c: StatementContent): void {
  windowText(doc, c.practice.returnLines, RETURN_TEXT_BOX, RETURN_FONT)
  windowText(doc, c.mailTo, RECIPIENT_TEXT_BOX, RECIPIENT_FONT)

  // The remittance coupon, right of the windows, above the first fold.
  const x = 318
  const w = RIGHT - x
  let y = 36
  doc.font(BOLD).fontSize(10).text('PAYMENT COUPON', x, y, { lineBreak: false })
  y += 14
  doc.font(REGULAR).fontSize(7.5)
  doc.text('Please detach and return this part with your payment.', x, y, { lineBreak: false })
  y += 14
  const pair = (label: string, value: string, bold = false) => {
    doc.font(REGULAR).fontSize(8.5).text(label, x, y, { lineBreak: false })
    doc.font(bold ? BOLD : REGULAR).fontSize(bold ? 11 : 8.5)
    place(doc, value, x + 100, y - (bold ? 1.5 : 0), w - 100, 'right')
    y += bold ? 16 : 12
  }
  pair('Account number', c.accountNo)
  pair('Statement date', usDate(c.statementDate))
  pair('Please pay by', usDate(c.dueDate))
  pair('Amount due', dollars(c.amountDueCents), true)
  if (c.plan) {
    // The coupon says why the amount due is not the whole balance.
    doc
      .font(REGULAR)
      .fontSize(7.5)
      .text(c.plan.words, x, y - 2, { width: w, lineBreak: true })
    y = doc.y + 4
  }
  doc
    .font(REGULAR)
    .fontSize(8.5)
    .text('Amount enclosed', x, y + 6, { lineBreak: false })
  doc
    .rect(x + 100, y, w - 100, 20)
    .lineWidth(0.8)
    .stroke()
  doc
    .font(REGULAR)
    .fontSize(10)
    .text('$', x + 104, y + 5, { lineBreak: false })
  y += 28
  doc.font(BOLD).fontSize(8).text('Make checks payable to and mail to:', x, y, { lineBreak: false })
  y += 10
  doc.font(REGULAR).fontSize(8)
  for (const line of c.practice.remitLines) {
    doc.text(line, x, y, { lineBreak: false })
    y += 9.5
  }
  y += 4
  if (c.practice.phone) {
    doc.text(`To pay by card, call us at ${c.practice.phone}.`, x, y, { lineBreak: false })
    y += 9.5
  }
  doc.text('Please write your account number on your check.', x, y, { lineBreak: false })

  // Tear-off line on the first fold.
  const fold = FOLDS_PT[0]!
  doc.moveTo(LEFT, fold).lineTo(RIGHT, fold).dash(3, { space: 3 }).lineWidth(0.5).stroke().undash()
  doc.font(REGULAR).fontSize(6.5)
  place(
    doc,
    'Detach here and return the top part with your payment',
    LEFT,
    fold + 2,
    RIGHT - LEFT,
    'center',
  )
}

/** Draws one statement on new pages of `doc`; returns how many pages it took. */
export function drawStatement(doc: PDFKit.PDFDocument, c: StatementContent): number {
  const w = new Writer(doc, c)
  w.newPage()
  doc.fillColor('black')
  topThird(doc, c)

  // Header below the fold.
  let y = FOLDS_PT[0]! + 16
  doc.font(BOLD).fontSize(13).text(c.practice.name, LEFT, y, { lineBreak: false })
  place(doc, 'STATEMENT', LEFT, y, RIGHT - LEFT, 'right')
  y += 17
  doc.font(REGULAR).fontSize(8.5)
  doc.text(`Billing questions: ${c.practice.phone || 'call the office'}`, LEFT, y, {
    lineBreak: false,
  })
  place(
    doc,
    `Account ${c.accountNo}   Statement date ${usDate(c.statementDate)}   Due date ${usDate(c.dueDate)}`,
    LEFT,
    y,
    RIGHT - LEFT,
    'right',
  )
  y += 12
  doc.text(`Statement for ${c.guarantorName}`, LEFT, y, { lineBreak: false })
  y += 16
  w.y = y
  w.tableHead()

  const money = (cents: number) => (cents === 0 ? '' : dollars(cents))
  for (const p of c.patients) {
    w.need(30)
    doc.font(BOLD).fontSize(8.5).text(`Patient: ${p.name}`, LEFT, w.y, { lineBreak: false })
    w.y += 12
    for (const v of p.visits) {
      w.need(24)
      w.row([usDate(v.dateOfService), v.provider ? `Seen by ${v.provider}` : 'Visit'], true)
      for (const s of v.services) {
        w.row(['', s.code ? `${s.description} (${s.code})` : s.description, money(s.chargeCents)])
      }
      w.row(
        [
          '',
          'Visit total',
          dollars(v.chargeCents),
          money(v.insurancePaidCents),
          money(v.adjustmentCents),
          money(v.patientPaidCents),
          v.insurancePendingCents ? `${dollars(v.insurancePendingCents)}` : '',
          dollars(v.balanceCents),
        ],
        true,
      )
      w.y += 3
    }
  }

  // Pending, why you owe, aging, message, amount due.
  w.need(40)
  w.y += 4
  if (c.insurancePendingCents > 0) {
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .text(
        `Insurance pending: ${dollars(c.insurancePendingCents)} is still with your insurance. You do not owe it now; we will bill you only for what your plan says is yours.`,
        LEFT,
        w.y,
        { width: RIGHT - LEFT },
      )
    w.y = doc.y + 6
  }
  if (c.creditCents > 0) {
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .text(
        `Credit on your account: ${dollars(c.creditCents)} (taken off the amount due).`,
        LEFT,
        w.y,
        {
          lineBreak: false,
        },
      )
    w.y += 14
  }
  if (c.plan) {
    doc
      .font(BOLD)
      .fontSize(9)
      .text(`${c.plan.words}.`, LEFT, w.y, { width: RIGHT - LEFT })
    w.y = doc.y + 2
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .text(
        `The amount due is what your payment plan asks for now, not your whole balance of ${dollars(c.plan.balanceCents)}.`,
        LEFT,
        w.y,
        { width: RIGHT - LEFT },
      )
    w.y = doc.y + 6
  }
  if (c.whyYouOwe.length > 0) {
    w.need(14 + 11 * c.whyYouOwe.length)
    doc.font(BOLD).fontSize(9).text('Why you owe this amount', LEFT, w.y, { lineBreak: false })
    w.y += 13
    doc.font(REGULAR).fontSize(8.5)
    for (const why of c.whyYouOwe) {
      doc.text(why.words, LEFT + 8, w.y, { lineBreak: false })
      place(doc, dollars(why.cents), LEFT + 420, w.y, 60, 'right')
      w.y += 11
    }
    w.y += 6
  }

  w.need(70)
  const agingCols: [string, number][] = [
    ['Current', c.aging.currentCents],
    ['31–60 days', c.aging.days31to60Cents],
    ['61–90 days', c.aging.days61to90Cents],
    ['Over 90 days', c.aging.over90Cents],
    ['Amount due', c.amountDueCents],
  ]
  const boxW = (RIGHT - LEFT) / agingCols.length
  agingCols.forEach(([label, cents], i) => {
    const bx = LEFT + i * boxW
    doc.rect(bx, w.y, boxW, 30).lineWidth(0.5).stroke()
    doc.font(REGULAR).fontSize(7.5)
    place(doc, label, bx, w.y + 4, boxW, 'center')
    doc.font(i === agingCols.length - 1 ? BOLD : REGULAR).fontSize(10)
    place(doc, dollars(cents), bx, w.y + 15, boxW, 'center')
  })
  w.y += 40
  doc
    .font(BOLD)
    .fontSize(9)
    .text(c.message, LEFT, w.y, { width: RIGHT - LEFT })
  w.y = doc.y + 6
  doc
    .font(REGULAR)
    .fontSize(8)
    .text(
      `Questions about this statement? Call ${c.practice.phone || 'the office'}. To pay by card, call us; never write a card number on this paper.`,
      LEFT,
      w.y,
      { width: RIGHT - LEFT },
    )
  return w.pages
}

export async function statementPdf(c: StatementContent): Promise<Buffer> {
  const doc = letterPdf('Patient statement')
  drawStatement(doc, c)
  return pdfBytes(doc)
}
