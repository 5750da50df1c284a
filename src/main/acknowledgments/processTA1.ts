/**
 * Applies a TA1: an interchange accepted says nothing new; one rejected (TA104 R) means the
 * clearinghouse read none of it, so every claim of that batch goes back as rejected, with the
 * reason (TA105: e.g. a test/production indicator the account does not take).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type { InboundFile } from '../inbox/files'
import type { ProcessContext, Processed } from '../inbox/process'
import { AckReadError } from '../x12/inbound'
import { readTA1 } from '../x12/readTA1'
import { batchByInterchange } from './batches'
import { codeText } from './codes'
import { claimsByPcn, isaMoment, moveIfAllowed, recordAcknowledgment } from './record'

export interface DetailTA1 {
  interchanges: {
    controlNumber: string
    batchId: number
    fileName: string
    status: string
    noteCode: string
    reason: string
    claims: number
  }[]
}

export function processTA1(
  db: Database.Database,
  file: InboundFile,
  text: string,
  ctx: ProcessContext,
): Processed {
  let ack
  try {
    ack = readTA1(text)
  } catch (err) {
    if (err instanceof AckReadError) {
      throw new DomainError('invalid_input', `Not a readable TA1: ${err.message}`)
    }
    throw err
  }
  const detail: DetailTA1 = { interchanges: [] }
  const lines: string[] = []
  for (const ta1 of ack.acks) {
    const batch = batchByInterchange(db, Number(ta1.controlNumber))
    if (!batch) {
      throw new DomainError(
        'invalid_input',
        `This TA1 answers interchange ${ta1.controlNumber}, which ClaimDesk never sent: nothing was applied.`,
      )
    }
    const rejected = ta1.status === 'R'
    const reason = codeText('ta105', ta1.noteCode)
    const verdict = codeText('ta104', ta1.status)
    const explanation = `TA1 for batch ${batch.fileName} (interchange ${ta1.controlNumber}): ${verdict}${ta1.noteCode && ta1.noteCode !== '000' ? ` — ${reason}` : ''}`
    const at = isaMoment(ta1.date, ta1.time) || ctx.at
    const claims = claimsByPcn(
      db,
      [...batch.transactions.values()].flat().map((c) => c.patientControlNumber),
    )
    for (const claim of claims.values()) {
      recordAcknowledgment(db, {
        claimId: claim.id,
        batchId: batch.batchId,
        kind: 'TA1',
        status: rejected ? 'rejected' : 'accepted',
        codes: [`TA104:${ta1.status}`, `TA105:${ta1.noteCode}`],
        explanation,
        inboundFileId: file.id,
        at,
        recordedAt: ctx.at,
        recordedBy: ctx.user,
      })
      if (rejected) {
        moveIfAllowed(db, claim, 'rejected', {
          user: ctx.user,
          at: ctx.at,
          reason: `Interchange rejected by the clearinghouse (TA1): ${reason}`,
          sourceFile: file.originalName,
        })
      }
    }
    detail.interchanges.push({
      controlNumber: ta1.controlNumber,
      batchId: batch.batchId,
      fileName: batch.fileName,
      status: ta1.status,
      noteCode: ta1.noteCode,
      reason,
      claims: claims.size,
    })
    lines.push(
      rejected
        ? `Batch ${batch.fileName} rejected as a whole: ${reason}; ${claims.size} ${claims.size === 1 ? 'claim' : 'claims'} back to be fixed and sent again`
        : `Batch ${batch.fileName}: ${verdict.toLowerCase()}`,
    )
  }
  return { outcome: lines.join('; ') + '.', detail }
}
