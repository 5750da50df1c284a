import type { Cents } from '../../../shared/money'
import { fillClaimBoxes } from './fill'
import { LINES_PER_PAGE } from './layout'
import type { Cms1500Claim } from './model'
import { type Placement, Sheet } from './sheet'
import { checkServiceLines, fillDiagnoses, fillServicePage } from './serviceLines'

export interface FilledPage {
  placements: Placement[]
  /** Box 28: the whole claim's total on the last page; null on a page that says CONTINUED. */
  totalChargeCents: Cents | null
}

/**
 * The claim as pages of placements, six service lines a page. Every page repeats the claim's
 * boxes so each stands on its own. NUCC: a claim on several forms says CONTINUED in box 28 of
 * every form but the last, which carries the claim's total and box 29 (amount paid) — so no
 * total or payment is ever counted twice.
 */
export function fillCms1500(claim: Cms1500Claim): FilledPage[] {
  checkServiceLines(claim)
  const pages: FilledPage[] = []
  for (let start = 0; start < claim.lines.length; start += LINES_PER_PAGE) {
    const sheet = new Sheet()
    fillClaimBoxes(sheet, claim)
    fillDiagnoses(sheet, claim)
    const lines = claim.lines.slice(start, start + LINES_PER_PAGE)
    const last = start + LINES_PER_PAGE >= claim.lines.length
    const totalChargeCents = fillServicePage(sheet, lines, start + 1, last ? claim : null)
    pages.push({ placements: sheet.placements, totalChargeCents })
  }
  return pages
}
