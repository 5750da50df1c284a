/**
 * 837P batches: every queued claim into one interchange, written, checked by the independent
 * validator, and recorded with its control numbers and complete file text in one transaction — or
 * nothing at all. The claims become 'submitted' only when the stored file is confirmed sent
 * (uploaded with its size checked on the server, or written to disk by hand): markBatchSent.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { BatchSummary } from '../../shared/schemas/claim'
import { DomainError } from '../errors'
import { getPractice } from '../registration/practice'
import { storeQuery, allRows, firstRow, runQuery } from '../store/sync-query'
import type { Submission } from '../x12/claim837'
import { transactionSetCount } from '../x12/write837'
import type { Actor, ClaimRecord } from './claim'
import { readClearinghouse } from './clearinghouse'
import { reserveControlNumbers } from './controlNumbers'
import { transition } from './lifecycle'
import { claimsWithData, readLinesOf, toClaimRecord } from './records'
import { writeCheckedFile } from './batchFile'
import { isPaperClaim, queuedPaperClaims } from './paper'
import { billingProvider837, claim837 } from './to837'

export interface BatchResult {
  batchId: number
  fileName: string
  interchangeControlNumber: number
  claimCount: number
  totalCents: number
  usage: 'T' | 'P'
  /** Claims that failed the file's check, sent back to draft with the reason; the rest went. */
  heldBack: HeldBackClaim[]
}

export interface HeldBackClaim {
  claimId: number
  patientControlNumber: string
  reason: string
}

/** ClaimDesk's file name: the interchange number makes it unique, the date makes it sortable. */
export function batchFileName(created: string, interchange: number): string {
  return `CD${created.slice(0, 10).replace(/-/g, '')}-${String(interchange).padStart(9, '0')}.837`
}

/** The local wall-clock minute ISA09/ISA10 and BHT carry. */
function localMinute(at: string): string {
  const d = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/**
 * Queued claims not yet in a batch: a claim in a batch waiting for upload stays 'queued' too.
 * Claims to payers that take only paper wait in the print queue instead (paper.ts).
 */
function queuedClaims(db: Database.Database): ClaimRecord[] {
  return allRows(
    db,
    claimsWithData()
      .where('claims.status', '=', 'queued')
      .where('claims.id', 'not in', (sub) =>
        sub
          .selectFrom('batch_claims')
          .innerJoin('batches', 'batches.id', 'batch_claims.batch_id')
          .select('batch_claims.claim_id')
          .where('batches.sent_at', 'is', null),
      )
      .orderBy('claims.id'),
  )
    .map(toClaimRecord)
    .filter((c) => !isPaperClaim(c))
}

/** How many claims the next batch would take. */
export function unbatchedClaimCount(db: Database.Database): number {
  return queuedClaims(db).length
}

export function makeBatch(db: Database.Database, actor: Actor, usage?: 'T' | 'P'): BatchResult {
  return db.transaction(() => {
    const claims = queuedClaims(db)
    if (claims.length === 0) {
      const paper = queuedPaperClaims(db).length
      throw new DomainError(
        'conflict',
        paper > 0
          ? `No electronic claims are queued: the ${paper} queued for paper-only payers wait in the print queue.`
          : 'No claims are queued: queue ready claims first.',
      )
    }
    const practice = getPractice(db).profile
    if (!practice) {
      throw new DomainError(
        'conflict',
        'Set up the practice as billing provider before sending claims.',
      )
    }
    const settings = readClearinghouse(db)
    const lines = readLinesOf(
      db,
      claims.map((c) => c.id),
    )
    const interchange = reserveControlNumbers(db, 'interchange')
    const group = reserveControlNumbers(db, 'group')
    // Reserved for every queued claim; a claim held back leaves an unused number, which X12 allows.
    const transaction = reserveControlNumbers(db, 'transaction', transactionSetCount(claims.length))
    const created = localMinute(actor.at)
    const submission: Submission = {
      senderQualifier: settings.senderQualifier,
      senderId: settings.senderId,
      receiverQualifier: settings.receiverQualifier,
      receiverId: settings.receiverId,
      ...(settings.applicationSenderCode
        ? { applicationSenderCode: settings.applicationSenderCode }
        : {}),
      ...(settings.applicationReceiverCode
        ? { applicationReceiverCode: settings.applicationReceiverCode }
        : {}),
      usage: usage ?? settings.usage,
      interchangeControlNumber: interchange,
      groupControlNumber: group,
      transactionControlNumber: transaction,
      created,
      submitter: {
        name: practice.legalName,
        id: settings.submitterId,
        contactName: settings.contactName,
        phone: settings.contactPhone ?? practice.phone,
      },
      receiver: { name: settings.receiverName, id: settings.receiverId },
    }

    const { content, kept, heldBack } = writeCheckedFile(
      submission,
      billingProvider837(practice),
      claims.map((claim) => ({ claim, model: claim837(claim, lines.get(claim.id) ?? []) })),
    )
    for (const held of heldBack) {
      transition(db, held.claimId, 'draft', {
        ...actor,
        reason: `Held back from batch ${interchange}: ${held.reason}`,
      })
    }
    const transactions = transactionSetCount(kept.length)

    const fileName = batchFileName(created, interchange)
    const totalCents = kept.reduce((sum, c) => sum + c.totalCents, 0)
    const batchId = Number(
      runQuery(
        db,
        storeQuery.insertInto('batches').values({
          created_at: actor.at,
          created_by: actor.user,
          interchange_control_number: interchange,
          group_control_number: group,
          transaction_control_number: transaction,
          transaction_count: transactions,
          file_name: fileName,
          content,
          claim_count: kept.length,
          total_cents: totalCents,
          usage: submission.usage,
        }),
      ).lastInsertRowid,
    )
    // The claims stay 'queued' (in a batch waiting to go) until the file is confirmed on the
    // clearinghouse's server or written to disk: see markBatchSent.
    for (const claim of kept) {
      runQuery(
        db,
        storeQuery.insertInto('batch_claims').values({ batch_id: batchId, claim_id: claim.id }),
      )
    }
    return {
      batchId,
      fileName,
      interchangeControlNumber: interchange,
      claimCount: kept.length,
      totalCents,
      usage: submission.usage,
      heldBack,
    }
  })()
}

export function listBatches(db: Database.Database, limit: number): BatchSummary[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('batches')
      .select([
        'id',
        'created_at',
        'created_by',
        'file_name',
        'interchange_control_number',
        'claim_count',
        'total_cents',
        'usage',
        'sent_at',
      ])
      .orderBy('id', 'desc')
      .limit(limit),
  ).map((r) => ({
    batchId: r.id,
    createdAt: r.created_at,
    createdBy: r.created_by,
    fileName: r.file_name,
    interchangeControlNumber: r.interchange_control_number,
    claimCount: r.claim_count,
    totalCents: r.total_cents,
    usage: r.usage,
    sentAt: r.sent_at,
  }))
}

export function batchFile(
  db: Database.Database,
  batchId: number,
): { batchId: number; fileName: string; content: string } {
  const row = firstRow(
    db,
    storeQuery.selectFrom('batches').select(['file_name', 'content']).where('id', '=', batchId),
  )
  if (!row) throw new DomainError('not_found', `There is no batch #${batchId}.`, 'batchId')
  return { batchId, fileName: row.file_name, content: row.content }
}

export interface PendingBatch {
  batchId: number
  fileName: string
  claimCount: number
  content: string
}

/** Batches made for sending whose file is not yet confirmed on the server, oldest first. */
export function pendingBatches(db: Database.Database): PendingBatch[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('batches')
      .select(['id', 'file_name', 'claim_count', 'content'])
      .where('sent_at', 'is', null)
      .orderBy('id'),
  ).map((r) => ({
    batchId: r.id,
    fileName: r.file_name,
    claimCount: r.claim_count,
    content: r.content,
  }))
}

export function pendingBatchCount(db: Database.Database): number {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('batches')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sent_at', 'is', null),
  )
  return Number(row?.n ?? 0)
}

export interface SentNote {
  via: 'sftp' | 'export'
  /** Where it went: the remote path, or the file written. */
  where: string
}

/**
 * Records that a batch's stored file reached the clearinghouse (or was written to disk to be
 * carried there): its claims still queued become 'submitted', in one transaction. Marking a batch
 * already sent changes nothing, so a retried confirmation never moves a claim twice.
 */
export function markBatchSent(
  db: Database.Database,
  batchId: number,
  actor: Actor,
  note: SentNote,
): { claimsSubmitted: number; alreadySent: boolean } {
  return db.transaction(() => {
    const batch = firstRow(
      db,
      storeQuery
        .selectFrom('batches')
        .select(['file_name', 'interchange_control_number', 'usage', 'sent_at'])
        .where('id', '=', batchId),
    )
    if (!batch) throw new DomainError('not_found', `There is no batch #${batchId}.`, 'batchId')
    if (batch.sent_at !== null) return { claimsSubmitted: 0, alreadySent: true }
    runQuery(
      db,
      storeQuery
        .updateTable('batches')
        .set({ sent_at: actor.at, sent_via: note.via, remote_name: note.where.slice(0, 500) })
        .where('id', '=', batchId),
    )
    const claimIds = allRows(
      db,
      storeQuery
        .selectFrom('batch_claims')
        .innerJoin('claims', 'claims.id', 'batch_claims.claim_id')
        .select('claims.id')
        .where('batch_claims.batch_id', '=', batchId)
        .where('claims.status', '=', 'queued')
        .orderBy('claims.id'),
    ).map((r) => r.id)
    const how =
      note.via === 'sftp' ? 'uploaded to the clearinghouse' : 'written to a file to send by hand'
    for (const claimId of claimIds) {
      transition(db, claimId, 'submitted', {
        ...actor,
        reason: `Sent in 837 batch ${batch.interchange_control_number} (${batch.usage === 'P' ? 'production' : 'test'}), ${how}`,
        sourceFile: batch.file_name,
      })
    }
    return { claimsSubmitted: claimIds.length, alreadySent: false }
  })()
}
