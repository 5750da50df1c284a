/**
 * What people do with the answers: read a claim's timeline of answers, work the rejections list,
 * send a rejected claim again in one step, and move on by hand a claim whose clearinghouse never
 * answers.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Acknowledgment, Rejection } from '../../shared/schemas/acknowledgment'
import type { Actor } from '../claims/claim'
import { transition } from '../claims/lifecycle'
import { claimSummaries } from '../claims/queries'
import { readClaim } from '../claims/records'
import { scrubClaim } from '../claims/scrub'
import { DomainError } from '../errors'
import type { AcknowledgmentsTable } from '../store/schema-acknowledgments'
import { allRows, storeQuery } from '../store/sync-query'
import { recordAcknowledgment } from './record'

type AckRow = Omit<AcknowledgmentsTable, 'id' | 'codes'> & {
  id: number
  codes: string
  file_name: string | null
}

function ackQuery() {
  return storeQuery
    .selectFrom('acknowledgments')
    .leftJoin('inbound_files', 'inbound_files.id', 'acknowledgments.inbound_file_id')
    .select([
      'acknowledgments.id',
      'acknowledgments.claim_id',
      'acknowledgments.batch_id',
      'acknowledgments.kind',
      'acknowledgments.status',
      'acknowledgments.codes',
      'acknowledgments.explanation',
      'acknowledgments.payer_claim_number',
      'acknowledgments.inbound_file_id',
      'acknowledgments.at',
      'acknowledgments.recorded_at',
      'acknowledgments.recorded_by',
      'inbound_files.original_name as file_name',
    ])
}

function toAck(r: AckRow): Acknowledgment {
  return {
    id: r.id,
    claimId: r.claim_id,
    kind: r.kind,
    status: r.status,
    codes: JSON.parse(r.codes) as string[],
    explanation: r.explanation,
    payerClaimNumber: r.payer_claim_number,
    fileId: r.inbound_file_id,
    fileName: r.file_name,
    at: r.at,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }
}

/** A claim's answers, oldest first (the order they were recorded). */
export function acknowledgmentsOf(db: Database.Database, claimId: number): Acknowledgment[] {
  readClaim(db, claimId)
  return allRows(
    db,
    ackQuery().where('acknowledgments.claim_id', '=', claimId).orderBy('acknowledgments.id'),
  ).map(toAck)
}

/** The answers one inbound file gave, with each claim's patient control number. */
export function acknowledgmentsOfFile(
  db: Database.Database,
  fileId: number,
  limit = 2000,
): (Acknowledgment & { patientControlNumber: string | null })[] {
  const rows = allRows(
    db,
    ackQuery()
      .leftJoin('claims', 'claims.id', 'acknowledgments.claim_id')
      .select('claims.patient_control_number as pcn')
      .where('acknowledgments.inbound_file_id', '=', fileId)
      .orderBy('acknowledgments.id')
      .limit(limit),
  )
  return rows.map((r) => ({ ...toAck(r), patientControlNumber: r.pcn }))
}

/** Claims the clearinghouse or payer rejected, waiting to be fixed and sent again. */
export function rejections(db: Database.Database): Rejection[] {
  const ids = allRows(
    db,
    storeQuery
      .selectFrom('claims')
      .select('id')
      .where('status', 'in', ['rejected', 'payer_rejected'])
      .orderBy('updated_at', 'desc')
      .limit(2000),
  ).map((r) => r.id)
  if (ids.length === 0) return []
  const latest = new Map<number, AckRow>()
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of allRows(
      db,
      ackQuery()
        .where('acknowledgments.claim_id', 'in', ids.slice(i, i + 500))
        .where('acknowledgments.status', '=', 'rejected')
        .orderBy('acknowledgments.id'),
    )) {
      latest.set(r.claim_id!, r)
    }
  }
  const order = new Map(ids.map((id, i) => [id, i]))
  return claimSummaries(db, ids)
    .sort((a, b) => order.get(a.claimId)! - order.get(b.claimId)!)
    .map((s) => {
      const ack = latest.get(s.claimId)
      return {
        ...s,
        kind: ack?.kind ?? null,
        reason: ack?.explanation ?? 'Rejected (no answer on file: see the claim history)',
        rejectedAt: ack?.recorded_at ?? null,
      }
    })
}

/**
 * Fix and resend, one action: a rejected claim goes back to draft, is refreshed from today's
 * records (where the biller fixed the NPI, member id or address) and scrubbed, and when clean
 * goes into the outbox to leave in the next batch as an original claim — the payer never took
 * it, so it is not a replacement.
 */
export function fixAndResend(
  db: Database.Database,
  claimId: number,
  actor: Actor,
  today: string,
): { queued: boolean; message: string } {
  return db.transaction(() => {
    const claim = readClaim(db, claimId)
    if (claim.status !== 'rejected' && claim.status !== 'payer_rejected') {
      throw new DomainError(
        'conflict',
        `Claim ${claim.patientControlNumber} is ${claim.status.replace('_', ' ')}, not rejected: only a rejected claim is fixed and sent again this way.`,
      )
    }
    transition(db, claimId, 'draft', {
      ...actor,
      reason: 'Fix and resend: back to draft to be refreshed and scrubbed',
    })
    const { claim: scrubbed, findings } = scrubClaim(db, claimId, actor, today)
    if (scrubbed.status !== 'ready') {
      const errors = findings.filter((f) => f.severity === 'error').length
      const warnings = findings.filter((f) => f.severity === 'warning' && !f.acknowledgedBy).length
      const what = [
        errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
        warnings ? `${warnings} unacknowledged ${warnings === 1 ? 'warning' : 'warnings'}` : '',
      ]
        .filter(Boolean)
        .join(' and ')
      return {
        queued: false,
        message: `Claim ${claim.patientControlNumber} is back in draft with ${what}: fix them and queue it.`,
      }
    }
    transition(db, claimId, 'queued', {
      ...actor,
      reason: 'Fix and resend: scrubbed clean, in the outbox to go again as an original claim',
    })
    return {
      queued: true,
      message: `Claim ${claim.patientControlNumber} is scrubbed clean and in the outbox: it goes in the next batch.`,
    }
  })()
}

/** Moves a sent claim on by hand when no 999 or 277CA will come, with the reason kept. */
export function moveOn(
  db: Database.Database,
  claimId: number,
  to: 'accepted' | 'acknowledged',
  reason: string,
  payerClaimNumber: string | undefined,
  actor: Actor,
): void {
  db.transaction(() => {
    const claim = readClaim(db, claimId)
    const from = claim.status
    const allowed = to === 'accepted' ? ['submitted'] : ['submitted', 'accepted']
    if (!allowed.includes(from)) {
      throw new DomainError(
        'conflict',
        `Claim ${claim.patientControlNumber} is ${from.replace('_', ' ')}: only a claim waiting for an answer (submitted${to === 'acknowledged' ? ' or accepted by the clearinghouse' : ''}) can be moved on by hand.`,
      )
    }
    const words = to === 'accepted' ? 'accepted by the clearinghouse' : 'acknowledged by the payer'
    transition(db, claimId, to, {
      ...actor,
      reason: `Moved on by hand (${words}): ${reason}`,
      ...(payerClaimNumber ? { payerClaimControlNumber: payerClaimNumber } : {}),
    })
    recordAcknowledgment(db, {
      claimId,
      batchId: null,
      kind: 'manual',
      status: 'accepted',
      codes: [],
      explanation: `Moved on by hand to ${words}: ${reason}`,
      payerClaimNumber: payerClaimNumber ?? null,
      inboundFileId: null,
      at: actor.at,
      recordedAt: actor.at,
      recordedBy: actor.user,
    })
  })()
}
