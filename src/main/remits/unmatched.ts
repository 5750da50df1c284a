/**
 * The unmatched remittance queue: 835 claims whose CLP01 named no claim of ours. They are kept
 * with everything the payer said and posted, once a person says which claim they belong to,
 * by the same code as a matched claim.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'
import type { RemitClaim } from '../x12/read835'
import { eraFileWords } from './ledger'
import { loadClaim } from './match'
import { postRemitClaim } from './post'
import type { PostedClaim } from './types'

export interface UnmatchedRemit {
  id: number
  paymentId: number
  patientControlNumber: string
  payerClaimNumber: string
  statusCode: string
  chargeCents: number
  paidCents: number
  payerName: string
  traceNumber: string
  receivedAt: string
  fileName: string
}

export function listUnmatched(db: Database.Database): UnmatchedRemit[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('unmatched_remits as u')
      .innerJoin('payments as p', 'p.id', 'u.payment_id')
      .leftJoin('inbound_files as f', 'f.id', 'u.inbound_file_id')
      .select([
        'u.id',
        'u.payment_id',
        'u.patient_control_number',
        'u.payer_claim_number',
        'u.status_code',
        'u.charge_cents',
        'u.paid_cents',
        'u.received_at',
        'p.payer_name',
        'p.reference',
        'f.original_name',
      ])
      .where('u.assigned_claim_id', 'is', null)
      .orderBy('u.id'),
  ).map((r) => ({
    id: r.id,
    paymentId: r.payment_id,
    patientControlNumber: r.patient_control_number,
    payerClaimNumber: r.payer_claim_number,
    statusCode: r.status_code,
    chargeCents: r.charge_cents,
    paidCents: r.paid_cents,
    payerName: r.payer_name,
    traceNumber: r.reference,
    receivedAt: r.received_at,
    fileName: r.original_name ?? '',
  }))
}

/** Posts an unmatched 835 claim to the claim a person chose. */
export function assignUnmatched(
  db: Database.Database,
  unmatchedId: number,
  claimId: number,
  by: { user: string; at: string },
): PostedClaim {
  return db.transaction(() => {
    const u = firstRow(
      db,
      storeQuery
        .selectFrom('unmatched_remits as u')
        .innerJoin('payments as p', 'p.id', 'u.payment_id')
        .leftJoin('inbound_files as f', 'f.id', 'u.inbound_file_id')
        .select([
          'u.id',
          'u.remit',
          'u.assigned_claim_id',
          'u.inbound_file_id',
          'p.id as paymentId',
          'p.payer_id',
          'p.payer_name',
          'p.reference',
          'p.received_date',
          'f.original_name',
        ])
        .where('u.id', '=', unmatchedId),
    )
    if (!u) throw new DomainError('not_found', `There is no unmatched remittance #${unmatchedId}.`)
    if (u.assigned_claim_id !== null) {
      throw new DomainError(
        'conflict',
        `Unmatched remittance #${unmatchedId} was already posted to claim #${u.assigned_claim_id}.`,
      )
    }
    const claim = loadClaim(db, claimId)
    if (!claim) throw new DomainError('not_found', `There is no claim #${claimId}.`, 'claimId')
    const rc = JSON.parse(u.remit) as RemitClaim
    const fileName = u.original_name ?? ''
    const posted = postRemitClaim(
      db,
      {
        user: by.user,
        at: by.at,
        paymentId: u.paymentId,
        payerId: u.payer_id ?? claim.payerId,
        payerName: u.payer_name || 'the payer',
        effectiveDate: u.received_date,
        source: `${eraFileWords(u.inbound_file_id, fileName)}, assigned by ${by.user}`,
        sourceSaysMore: true,
        sourceFile: fileName,
        traceNumber: u.reference,
      },
      rc,
      claim,
    )
    runQuery(
      db,
      storeQuery
        .updateTable('unmatched_remits')
        .set({ assigned_claim_id: claimId, assigned_at: by.at, assigned_by: by.user })
        .where('id', '=', unmatchedId),
    )
    return posted
  })()
}
