/**
 * Applies a 277CA: each claim it names (TRN*2, the patient control number) was accepted into
 * adjudication (A1/A2/A5: the claim is "acknowledged by the payer", its payer claim number
 * kept) or rejected (A3/A4/A6/A7/A8…: "rejected by the payer", on the rejections list with the
 * reason); anything else (pending, forwarded) is kept in the claim's timeline. Every answer is
 * kept, so several 277CAs for one claim all show.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type { InboundFile } from '../inbox/files'
import type { ProcessContext, Processed } from '../inbox/process'
import { runQuery, storeQuery } from '../store/sync-query'
import { AckReadError } from '../x12/inbound'
import { read277ca, type ClaimStatus277, type Stc } from '../x12/read277ca'
import { ACCEPTED_CATEGORIES, explainStatus, REJECTED_CATEGORIES } from './codes'
import { ackMoment, claimsByPcn, isaMoment, moveIfAllowed, recordAcknowledgment } from './record'

export interface Detail277CA {
  accepted: number
  rejected: number
  pending: number
  unknown: string[]
  rejections: { patientControlNumber: string; reason: string }[]
  notes: string[]
}

function verdictOf(statuses: readonly Stc[]): 'accepted' | 'rejected' | 'pending' {
  const categories = statuses.flatMap((s) => s.codes.map((c) => c.category))
  if (categories.some((c) => REJECTED_CATEGORIES.has(c))) return 'rejected'
  if (categories.some((c) => ACCEPTED_CATEGORIES.has(c))) return 'accepted'
  return 'pending'
}

function explain(claim: ClaimStatus277, statuses: readonly Stc[]): string {
  const parts = statuses.flatMap((s) => s.codes.map(explainStatus))
  const messages = statuses.map((s) => s.message).filter((m) => m !== '')
  const lineNotes = claim.lines.flatMap((l) =>
    l.statuses.flatMap((s) => s.codes.map((c) => `line ${l.procedure}: ${explainStatus(c)}`)),
  )
  return [...parts, ...lineNotes, ...messages].join('; ')
}

export function process277ca(
  db: Database.Database,
  file: InboundFile,
  text: string,
  ctx: ProcessContext,
): Processed {
  let ack
  try {
    ack = read277ca(text)
  } catch (err) {
    if (err instanceof AckReadError) {
      throw new DomainError('invalid_input', `Not a readable 277CA: ${err.message}`)
    }
    throw err
  }
  const fileAt = isaMoment(ack.envelope.date, ack.envelope.time) || ctx.at
  const claims = claimsByPcn(
    db,
    ack.claims.map((c) => c.patientControlNumber),
  )
  const detail: Detail277CA = {
    accepted: 0,
    rejected: 0,
    pending: 0,
    unknown: [],
    rejections: [],
    notes: ack.notes.map((n) => `Segment ${n.position}: ${n.message}`),
  }
  if (ack.claims.length > 0 && claims.size === 0) {
    throw new DomainError(
      'invalid_input',
      `None of the ${ack.claims.length} claims in this 277CA is a ClaimDesk claim (first: ${ack.claims[0]!.patientControlNumber}): nothing was applied.`,
    )
  }
  const note = { user: ctx.user, at: ctx.at, sourceFile: file.originalName }
  for (const c of ack.claims) {
    const claim = claims.get(c.patientControlNumber)
    if (!claim) {
      detail.unknown.push(c.patientControlNumber)
      continue
    }
    const statuses = [...c.statuses, ...c.lines.flatMap((l) => l.statuses)]
    const verdict = verdictOf(statuses)
    const explanation = explain(c, c.statuses)
    recordAcknowledgment(db, {
      claimId: claim.id,
      batchId: null,
      kind: '277CA',
      status: verdict,
      codes: statuses.flatMap((s) =>
        s.codes.map((x) => [x.category, x.status, x.entity].filter((v) => v !== '').join(':')),
      ),
      explanation,
      payerClaimNumber: c.payerClaimNumber || null,
      inboundFileId: file.id,
      at: ackMoment(c.statuses[0]?.date ?? '', fileAt),
      recordedAt: ctx.at,
      recordedBy: ctx.user,
    })
    if (verdict === 'accepted') {
      detail.accepted++
      const moved = moveIfAllowed(db, claim, 'acknowledged', {
        ...note,
        reason: `Accepted into adjudication (277CA): ${explanation}`.slice(0, 500),
        ...(c.payerClaimNumber ? { payerClaimControlNumber: c.payerClaimNumber } : {}),
      })
      if (!moved && c.payerClaimNumber) {
        runQuery(
          db,
          storeQuery
            .updateTable('claims')
            .set({ payer_claim_control_number: c.payerClaimNumber })
            .where('id', '=', claim.id)
            .where('payer_claim_control_number', 'is', null),
        )
      }
    } else if (verdict === 'rejected') {
      detail.rejected++
      detail.rejections.push({ patientControlNumber: c.patientControlNumber, reason: explanation })
      moveIfAllowed(db, claim, 'payer_rejected', {
        ...note,
        reason: `Rejected (277CA): ${explanation}`.slice(0, 500),
      })
    } else {
      detail.pending++
    }
  }
  const parts = [
    `${detail.accepted} ${detail.accepted === 1 ? 'claim' : 'claims'} accepted into adjudication`,
    `${detail.rejected} rejected to the rejections list`,
  ]
  if (detail.pending) parts.push(`${detail.pending} with other news kept in their timeline`)
  if (detail.unknown.length) parts.push(`${detail.unknown.length} not ClaimDesk's (not applied)`)
  return { outcome: `277CA: ${parts.join(', ')}.`, detail }
}
