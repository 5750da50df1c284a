import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import { Cms1500Error, cms1500FromClaim837, renderCms1500 } from '../print/cms1500'
import { claimForPrint } from './print'

export interface Cms1500Request {
  claimId: number
  dataOnly: boolean
  offsetXPt: number
  offsetYPt: number
}

/** A claim printed on the CMS-1500, named by its claim number (never the patient's name). */
/** `printedOn` (local ISO date) is box 31's date: the day the form is signed and printed. */
export async function printCms1500(db: Database.Database, req: Cms1500Request, printedOn: string) {
  const c = claimForPrint(db, req.claimId)
  const form = cms1500FromClaim837(c.claim, c.billing, {
    billingPhone: c.billingPhone,
    patientPhone: c.patientPhone ?? undefined,
    physicianSignature: { name: c.renderingSignature, date: printedOn },
    medigapPayerIds: c.medigapPayerIds,
  })
  try {
    const pdf = await renderCms1500(
      form,
      req.dataOnly
        ? { mode: 'data-only', offset: { xPt: req.offsetXPt, yPt: req.offsetYPt } }
        : { mode: 'full' },
    )
    const suffix = req.dataOnly ? '-data' : ''
    return { fileName: `cms1500-${c.claim.claim.patientControlNumber}${suffix}.pdf`, pdf }
  } catch (err) {
    if (err instanceof Cms1500Error) throw new DomainError('conflict', err.message)
    throw err
  }
}
