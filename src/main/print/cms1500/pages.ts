import type { Cents } from '../../../shared/money'
import { fillClaimBoxes } from './fill'
import { LINES_PER_PAGE } from './layout'
import type { Cms1500Claim } from './model'
import { type Placement, Sheet } from './sheet'
import { checkServiceLines, fillDiagnoses, fillServicePage } from './serviceLines'

export interface FilledPage {
  placements: Placement[]
  /** Box 28 of this page: the sum of this page's own lines. */
  totalChargeCents: Cents
}

/**
 * The claim as pages of placements, six service lines a page. Every page repeats the claim's
 * boxes so each stands on its own; box 29 (amount paid) prints once, on the first page, so a
 * payment is never counted twice.
 */
export function fillCms1500(claim: Cms1500Claim): FilledPage[] {
  checkServiceLines(claim)
  const pages: FilledPage[] = []
  for (let start = 0; start < claim.lines.length; start += LINES_PER_PAGE) {
    const sheet = new Sheet()
    fillClaimBoxes(sheet, claim)
    fillDiagnoses(sheet, claim)
    const lines = claim.lines.slice(start, start + LINES_PER_PAGE)
    const paid = start === 0 ? claim.amountPaidCents : undefined
    const totalChargeCents = fillServicePage(sheet, lines, start + 1, paid)
    pages.push({ placements: sheet.placements, totalChargeCents })
  }
  return pages
}
