/**
 * CMS-1500 (02/12) claim forms as PDF: `renderCms1500(claim, { mode: 'full' })` draws the red
 * form on plain paper with the claim on it; `{ mode: 'data-only', offset }` prints the claim alone
 * for red pre-printed forms loaded in the printer.
 */
import { letterPdf, pdfBytes } from '../pdfDocument'
import { drawData, NO_OFFSET, type PrintOffset } from './dataOnly'
import { drawForm } from './fullForm'
import type { Cms1500Claim } from './model'
import { fillCms1500 } from './pages'

export type Cms1500RenderOptions =
  | { mode: 'full' }
  /** Positive offsets move the data right and down, in points (1/72"). */
  | { mode: 'data-only'; offset?: PrintOffset }

/** The largest offset accepted: half an inch covers any printer's feed error. */
export const MAX_OFFSET_PT = 36

/**
 * The claim as PDF bytes: one page per six service lines, each page totalling its own lines.
 * Throws `Cms1500Error` (a message a biller can act on, without patient data) when the claim
 * does not fit the form.
 */
export async function renderCms1500(
  claim: Cms1500Claim,
  options: Cms1500RenderOptions,
): Promise<Buffer> {
  return renderCms1500s([claim], options)
}

/** Several claims in one PDF, each starting on its own sheet: one print job for the mail. */
export async function renderCms1500s(
  claims: readonly Cms1500Claim[],
  options: Cms1500RenderOptions,
): Promise<Buffer> {
  const offset = options.mode === 'data-only' ? checkOffset(options.offset ?? NO_OFFSET) : NO_OFFSET
  const doc = letterPdf(claims.length === 1 ? 'CMS-1500 claim form' : 'CMS-1500 claim forms')
  for (const claim of claims) {
    for (const page of fillCms1500(claim)) {
      doc.addPage()
      if (options.mode === 'full') drawForm(doc)
      drawData(doc, page.placements, offset)
    }
  }
  return pdfBytes(doc)
}

function checkOffset(offset: PrintOffset): PrintOffset {
  for (const value of [offset.xPt, offset.yPt]) {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_OFFSET_PT) {
      throw new RangeError(
        `A print offset must be between -${MAX_OFFSET_PT} and ${MAX_OFFSET_PT} points`,
      )
    }
  }
  return offset
}

export { Cms1500Error, type Placement } from './sheet'
export { fillCms1500, type FilledPage } from './pages'
export type { PrintOffset } from './dataOnly'
export * from './model'
export { cms1500FromClaim837, type Cms1500Extras } from './fromClaim837'
