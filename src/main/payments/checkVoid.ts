/**
 * Voiding an insurance check entered by hand (a paper EOB typed wrong, a check posted twice):
 * everything it posted is reversed by new ledger lines, each claim it paid says so in its
 * history and is owed by the payer again, and the claims after it that were given its payment
 * (secondary, tertiary) are held again until the check is posted right. A check that came in
 * an 835 is the payer's to reverse (CLP02 22); a check on a deposit is already at the bank.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { CLAIM_STATUS_LABELS } from '../../shared/schemas/claim'
import { recordHistory } from '../claims/history'
import { EDITABLE, transitionFrom } from '../claims/lifecycle'
import { recordPriorPayment } from '../claims/priorPayment'
import { laterClaims } from '../claims/laterClaims'
import { DomainError } from '../errors'
import { reverseEntries, type PostedBy } from '../ledger/entries'
import { firstRow, storeQuery } from '../store/sync-query'
import { markVoided, openLinesOf, refuseVoidedAgain } from './void'

/** Later claims in these statuses have not left the office: their prior payment can change. */
const NOT_SENT: readonly string[] = [...EDITABLE, 'voided', 'corrected']

export function voidCheck(
  db: Database.Database,
  v: { paymentId: number; reason: string; effectiveDate: string },
  by: PostedBy,
): { reversedIds: number[]; claimIds: number[] } {
  const check = firstRow(
    db,
    storeQuery.selectFrom('payments').selectAll().where('id', '=', v.paymentId),
  )
  if (!check) throw new DomainError('not_found', `There is no payment #${v.paymentId}.`)
  const what = `Check ${check.reference} from ${check.payer_name}`
  refuseVoidedAgain(check, what)
  if (check.source !== 'insurance') {
    throw new DomainError(
      'conflict',
      `Payment #${v.paymentId} is a patient payment: void it as one.`,
    )
  }
  if (check.inbound_file_id !== null) {
    throw new DomainError(
      'conflict',
      `${what} came in an 835: only the payer can take it back, by a reversal (claim status 22) in a later 835.`,
    )
  }
  if (check.deposit_id !== null) {
    throw new DomainError(
      'conflict',
      `${what} is on deposit #${check.deposit_id}, already at the bank: it cannot be voided.`,
    )
  }
  const lines = openLinesOf(db, v.paymentId)
  const claimIds = [...new Set(lines.flatMap((l) => (l.claim_id === null ? [] : [l.claim_id])))]
  const claims = claimIds.map((id) => claimOf(db, id))
  for (const claim of claims) refuseSentLater(db, claim)

  const reversedIds = reverseEntries(
    db,
    lines.map((l) => l.id),
    { ...by, effectiveDate: v.effectiveDate, source: `${what} voided`, memo: v.reason },
  )
  for (const claim of claims) {
    const reason = `${what} voided (${v.reason}): its payment on this claim was reversed, and the payer owes it again`
    const note = { user: by.user, at: by.at, reason, sourceFile: `check ${check.reference}` }
    // Closed means this payer owes nothing more, no longer true; its decision (the outcome)
    // stands until the check is posted again.
    if (claim.status === 'closed') {
      const outcome = claim.outcome ?? 'paid'
      transitionFrom(db, claim.id, 'closed', 'adjudicated', { ...note, outcome })
    } else {
      recordHistory(db, claim.id, { ...note, from: claim.status, to: claim.status })
    }
    recordPriorPayment(
      db,
      {
        visitId: claim.visit_id,
        splitPart: claim.split_part,
        responsibility: claim.responsibility,
        adjudication: null,
      },
      by,
      v.effectiveDate,
    )
  }
  markVoided(db, v.paymentId, v.reason, by)
  return { reversedIds, claimIds }
}

function claimOf(db: Database.Database, id: number) {
  const claim = firstRow(
    db,
    storeQuery
      .selectFrom('claims')
      .select([
        'id',
        'visit_id',
        'split_part',
        'responsibility',
        'status',
        'outcome',
        'patient_control_number',
      ])
      .where('id', '=', id),
  )
  if (!claim) throw new DomainError('not_found', `There is no claim #${id}.`)
  return claim
}

/** A later payer's claim that went out carries this check's payment: it must be fixed first. */
function refuseSentLater(db: Database.Database, claim: ReturnType<typeof claimOf>): void {
  const sent = laterClaims(
    db,
    { visitId: claim.visit_id, splitPart: claim.split_part },
    claim.responsibility,
  ).find((c) => !NOT_SENT.includes(c.status))
  if (sent) {
    throw new DomainError(
      'conflict',
      `Claim ${sent.patient_control_number} to the ${sent.responsibility} payer is ` +
        `${CLAIM_STATUS_LABELS[sent.status]} with this check's payment on it (claim ` +
        `${claim.patient_control_number}): correct or void it first, then void the check.`,
    )
  }
}
