import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimResponsibility } from '../../shared/schemas/claim'
import type { Actor, PriorAdjudication } from './claim'
import { EDITABLE } from './lifecycle'
import { readClaim, saveClaimData } from './records'
import { laterClaims } from './laterClaims'
import { scrubClaim } from './scrub'

export interface PriorPayment {
  visitId: number
  /** The part of a split visit the remittance paid (its CLP01 names that part's claim). */
  splitPart: number
  /** Which payer adjudicated: its payment goes on the claims to the payers after it. */
  responsibility: ClaimResponsibility
  /** Null: the payment was taken back (a voided check), and the claims after it wait again. */
  adjudication: PriorAdjudication | null
}

/**
 * The seam for remittance posting: once the primary (or secondary) payer has adjudicated a
 * claim, what it paid and adjusted goes on the held claims to the payers after it (837P 2320
 * AMT*D and CAS, 2330B DTP*573), and those claims are scrubbed again — ready to send when
 * nothing else holds them. Returns the ids of the claims updated.
 */
export function recordPriorPayment(
  db: Database.Database,
  payment: PriorPayment,
  actor: Actor,
  today: string,
): number[] {
  return db.transaction(() => {
    const held = laterClaims(
      db,
      { visitId: payment.visitId, splitPart: payment.splitPart },
      payment.responsibility,
      EDITABLE,
    )
    for (const { id } of held) {
      const claim = readClaim(db, id)
      const otherPayers = claim.data.otherPayers.map((o) => {
        if (o.responsibility !== payment.responsibility) return o
        if (payment.adjudication !== null) return { ...o, adjudication: payment.adjudication }
        const { adjudication: _taken, ...waiting } = o
        return waiting
      })
      saveClaimData(db, id, { ...claim.data, otherPayers }, actor.at)
      scrubClaim(db, id, actor, today)
    }
    return held.map((c) => c.id)
  })()
}
