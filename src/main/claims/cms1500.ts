import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import {
  Cms1500Error,
  cms1500FromClaim837,
  fillCms1500,
  renderCms1500s,
  type Cms1500Claim,
  type Cms1500RenderOptions,
} from '../print/cms1500'
import { claimForPrint } from './print'

export interface Cms1500Request {
  claimId: number
  dataOnly: boolean
  offsetXPt: number
  offsetYPt: number
}

export type Cms1500Layout = Omit<Cms1500Request, 'claimId'>

/** A claim printed on the CMS-1500, named by its claim number (never the patient's name). */
/** `printedOn` (local ISO date) is box 31's date: the day the form is signed and printed. */
export async function printCms1500(db: Database.Database, req: Cms1500Request, printedOn: string) {
  const { number, form } = formOf(db, req.claimId, printedOn)
  const pdf = await render([{ number, form }], req)
  const suffix = req.dataOnly ? '-data' : ''
  return { fileName: `cms1500-${number}${suffix}.pdf`, pdf }
}

/** Several claims, one form after another, in one PDF: the print queue's job. */
export async function printCms1500s(
  db: Database.Database,
  claimIds: readonly number[],
  layout: Cms1500Layout,
  printedOn: string,
): Promise<Buffer> {
  return render(
    claimIds.map((id) => formOf(db, id, printedOn)),
    layout,
  )
}

function formOf(db: Database.Database, claimId: number, printedOn: string) {
  const c = claimForPrint(db, claimId)
  const form = cms1500FromClaim837(c.claim, c.billing, {
    billingPhone: c.billingPhone,
    patientPhone: c.patientPhone ?? undefined,
    physicianSignature: { name: c.renderingSignature, date: printedOn },
    medigapPayerIds: c.medigapPayerIds,
  })
  return { number: c.claim.claim.patientControlNumber, form }
}

async function render(
  forms: readonly { number: string; form: Cms1500Claim }[],
  layout: Cms1500Layout,
): Promise<Buffer> {
  const options: Cms1500RenderOptions = layout.dataOnly
    ? { mode: 'data-only', offset: { xPt: layout.offsetXPt, yPt: layout.offsetYPt } }
    : { mode: 'full' }
  // Filled one by one first (no drawing), so a claim that does not fit the form is named.
  for (const { number, form } of forms) {
    try {
      fillCms1500(form)
    } catch (err) {
      if (err instanceof Cms1500Error) {
        throw new DomainError(
          'conflict',
          forms.length > 1 ? `Claim ${number}: ${err.message}` : err.message,
        )
      }
      throw err
    }
  }
  return renderCms1500s(
    forms.map((f) => f.form),
    options,
  )
}
