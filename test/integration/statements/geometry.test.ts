/**
 * The printed addresses must show through a #10 double-window envelope: read back with
 * `pdftotext -bbox`, every word of the return address lies inside the return window's text box
 * and every word of the mailing address inside the recipient window's, at 8 pt or larger.
 */
import { describe, expect, it } from 'vitest'
import {
  ENVELOPE_10,
  FOLDS_PT,
  MIN_WINDOW_FONT_PT,
  PT_PER_INCH,
  RECIPIENT_TEXT_BOX,
  RECIPIENT_WINDOW,
  RETURN_TEXT_BOX,
  RETURN_WINDOW,
  WINDOW_INSET_PT,
  type SheetRect,
} from '../../../src/main/statements/geometry'
import type { StatementContent } from '../../../src/main/statements/content'
import { statementPdf } from '../../../src/main/statements/pdf'
import { HAS_PDFTOTEXT, pdfPages, type Word } from '../print/pdfWords'

const EPS = 0.01

function inside(w: Word, r: SheetRect): boolean {
  return (
    w.xMin >= r.x - EPS &&
    w.xMax <= r.x + r.width + EPS &&
    w.yMin >= r.y - EPS &&
    w.yMax <= r.y + r.height + EPS
  )
}

function content(mailTo: string[], returnLines: string[]): StatementContent {
  return {
    accountNo: '100001',
    guarantorPatientId: 1,
    guarantorName: 'Alice Testpatient',
    mailTo,
    practice: {
      name: returnLines[0]!,
      returnLines,
      remitLines: returnLines,
      phone: '(217) 555-0100',
    },
    statementDate: '2026-03-02',
    dueDate: '2026-03-23',
    patients: [],
    whyYouOwe: [],
    aging: { currentCents: 1000, days31to60Cents: 0, days61to90Cents: 0, over90Cents: 0 },
    insurancePendingCents: 0,
    creditCents: 0,
    amountDueCents: 1000,
    message: 'Thank you.',
    onHold: false,
    allPending: false,
  }
}

describe('#10 double-window geometry', () => {
  it('puts both windows in the top third, inside the sheet, with room for 8 pt text', () => {
    for (const box of [RETURN_TEXT_BOX, RECIPIENT_TEXT_BOX]) {
      expect(box.y + box.height).toBeLessThan(FOLDS_PT[0]!)
      expect(box.x).toBeGreaterThan(0)
      expect(box.height).toBeGreaterThan(2 * MIN_WINDOW_FONT_PT)
    }
    expect(RETURN_TEXT_BOX.y + RETURN_TEXT_BOX.height).toBeLessThan(RECIPIENT_TEXT_BOX.y)
    // Recipient window: ¾ in above the envelope's bottom edge, so its top is 2⅛ in up and the
    // safe band starts 4⅛ − 2⅛ = 2 in below the sheet's top (plus the 2 mm inset).
    expect(RECIPIENT_TEXT_BOX.y).toBeCloseTo(
      (ENVELOPE_10.heightIn - RECIPIENT_WINDOW.bottomIn - RECIPIENT_WINDOW.heightIn) * PT_PER_INCH +
        WINDOW_INSET_PT,
      6,
    )
    expect(RETURN_TEXT_BOX.x).toBeCloseTo(RETURN_WINDOW.leftIn * PT_PER_INCH + WINDOW_INSET_PT, 6)
  })

  it.skipIf(!HAS_PDFTOTEXT)(
    'prints the return and mailing addresses inside the windows, even long ones',
    async () => {
      const cases = [
        {
          mailTo: ['ALICE TESTPATIENT', '12 Example St', 'Springfield, IL 62701'],
          ret: ['Fake Family Practice LLC', '100 Example St', 'Springfield, IL 62701-0100'],
        },
        {
          mailTo: [
            'BERNARD MAXIMILIAN PARENTGUARANTOR-TESTPATIENT',
            '12345 Very Long Example Boulevard, Apartment 1234',
            'Springfield Heights Township, IL 62701-1234',
          ],
          ret: [
            'Fake Family Practice of Greater Springfield LLC',
            '100 Example Street, Suite 200, Building C',
            'Springfield, IL 62701-0100',
          ],
        },
      ]
      for (const { mailTo, ret } of cases) {
        const [page] = pdfPages(await statementPdf(content(mailTo, ret)))
        const words = page!
        const check = (lines: string[], box: SheetRect) => {
          for (const line of lines) {
            const first = line.split(' ')[0]!
            const found = words.filter((w) => w.text === first && inside(w, box))
            expect(found.length, `${first} printed in the window`).toBeGreaterThan(0)
            for (const w of found) {
              // pdftotext's box is about 0.92 em tall for Helvetica.
              expect(w.yMax - w.yMin).toBeGreaterThanOrEqual(MIN_WINDOW_FONT_PT * 0.9)
            }
          }
        }
        check(mailTo, RECIPIENT_TEXT_BOX)
        check(ret, RETURN_TEXT_BOX)
        // Every word printed left of the coupon above the fold lies inside one of the windows.
        const windowWords = words.filter((w) => w.xMin < 300 && w.yMax < FOLDS_PT[0]! - 10)
        for (const w of windowWords) {
          expect(inside(w, RETURN_TEXT_BOX) || inside(w, RECIPIENT_TEXT_BOX), w.text).toBe(true)
        }
      }
    },
  )
})
