/**
 * Applies a 999: for each transaction set of a sent batch, accepted (claims move to "accepted
 * by the clearinghouse"), accepted with errors (same, the errors kept with their claims) or
 * rejected (claims go to "rejected by the clearinghouse", on the rejections list to be fixed
 * and sent again). Every IK3/IK4 error is written in plain words with its segment and claim.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type { InboundFile } from '../inbox/files'
import type { ProcessContext, Processed } from '../inbox/process'
import { AckReadError } from '../x12/inbound'
import { read999, type Segment999Error, type Transaction999 } from '../x12/read999'
import { batchByGroup, claimAt, type SentBatch, type SentClaim } from './batches'
import { codeText } from './codes'
import { claimsByPcn, isaMoment, moveIfAllowed, recordAcknowledgment } from './record'

export interface Error999 {
  transaction: string
  segment: string
  position: number
  loop: string
  patientControlNumber: string | null
  message: string
}

export interface Detail999 {
  batches: {
    batchId: number
    fileName: string
    verdict: 'accepted' | 'accepted with errors' | 'partially accepted' | 'rejected'
    accepted: number
    rejected: number
  }[]
  errors: Error999[]
  notes: string[]
}

const ACCEPTED = new Set(['A', 'E'])

/** "CLM02 (element 782): Invalid code value "X"". */
function describeError(error: Segment999Error): string {
  const where = `segment ${error.segmentId} at position ${error.position}${error.loop ? ` (loop ${error.loop})` : ''}`
  const parts: string[] = []
  if (error.code !== '') parts.push(codeText('ik304', error.code))
  for (const el of error.elements) {
    const [pos = '', comp] = el.position.split(/[:^]/)
    const name = `${error.segmentId}${pos.padStart(2, '0')}${comp ? `-${comp}` : ''}`
    const ref = el.reference ? ` (element ${el.reference})` : ''
    const bad = el.badValue ? ` "${el.badValue}"` : ''
    parts.push(`${name}${ref}: ${codeText('ik403', el.code)}${bad}`)
  }
  return `${where}: ${parts.join('; ') || 'error'}`
}

function pointedClaim(error: Segment999Error, claims: readonly SentClaim[]): string | null {
  const ctx = error.context.find((c) => c.name === 'CLM01')
  if (ctx && ctx.value !== '') return ctx.value
  return claimAt(claims, error.position)?.patientControlNumber ?? null
}

function transactionVerdict(t: Transaction999): string {
  const codes = t.codes.map((c) => codeText('ik502', c))
  return `${codeText('ik501', t.status)}${codes.length ? ` (${codes.join('; ')})` : ''}`
}

export function process999(
  db: Database.Database,
  file: InboundFile,
  text: string,
  ctx: ProcessContext,
): Processed {
  let ack
  try {
    ack = read999(text)
  } catch (err) {
    if (err instanceof AckReadError)
      throw new DomainError('invalid_input', `Not a readable 999: ${err.message}`)
    throw err
  }
  const at = isaMoment(ack.envelope.date, ack.envelope.time) || ctx.at
  const detail: Detail999 = {
    batches: [],
    errors: [],
    notes: ack.notes.map((n) => `Segment ${n.position}: ${n.message}`),
  }
  const lines: string[] = []

  for (const group of ack.groups) {
    const batch: SentBatch | undefined =
      group.functionalId === 'HC' || group.functionalId === ''
        ? batchByGroup(db, Number(group.groupControlNumber))
        : undefined
    if (!batch) {
      throw new DomainError(
        'invalid_input',
        `This 999 answers functional group ${group.functionalId} ${group.groupControlNumber}, which ClaimDesk never sent: nothing was applied.`,
      )
    }
    const mentioned = new Map(group.transactions.map((t) => [t.controlNumber, t]))
    for (const t of group.transactions) {
      if (!batch.transactions.has(t.controlNumber)) {
        throw new DomainError(
          'invalid_input',
          `This 999 answers transaction set ${t.controlNumber} of batch ${batch.fileName}, which that batch does not have: nothing was applied.`,
        )
      }
    }
    const pcns = [...batch.transactions.values()].flat().map((c) => c.patientControlNumber)
    const claims = claimsByPcn(db, pcns)
    let accepted = 0
    let rejected = 0
    for (const [control, sent] of batch.transactions) {
      const t = mentioned.get(control)
      // A transaction the 999 does not list takes the group's verdict (AK9).
      const ok = t ? ACCEPTED.has(t.status) : ['A', 'E', 'P'].includes(group.status)
      const errorsByClaim = new Map<string | null, string[]>()
      for (const error of t?.errors ?? []) {
        const pcn = pointedClaim(error, sent)
        const message = describeError(error)
        detail.errors.push({
          transaction: control,
          segment: error.segmentId,
          position: error.position,
          loop: error.loop,
          patientControlNumber: pcn,
          message,
        })
        const list = errorsByClaim.get(pcn) ?? []
        list.push(message)
        errorsByClaim.set(pcn, list)
      }
      const general = errorsByClaim.get(null) ?? []
      const verdict = t ? transactionVerdict(t) : codeText('ak901', group.status)
      for (const s of sent) {
        const claim = claims.get(s.patientControlNumber)
        if (!claim) continue
        const own = errorsByClaim.get(s.patientControlNumber) ?? []
        const errors = [...own, ...general]
        const explanation =
          `999 for batch ${batch.fileName}, transaction ${control}: ${verdict}` +
          (errors.length ? ` — ${errors.join(' | ')}` : '')
        const codes = [
          `IK5:${t?.status ?? group.status}`,
          ...(t?.codes ?? []).map((c) => `IK502:${c}`),
          ...(t?.errors ?? [])
            .filter((e) => own.length > 0 && pointedClaim(e, sent) === s.patientControlNumber)
            .map((e) => `IK3:${e.segmentId}:${e.position}:${e.code}`),
        ]
        recordAcknowledgment(db, {
          claimId: claim.id,
          batchId: batch.batchId,
          kind: '999',
          status: ok ? 'accepted' : 'rejected',
          codes,
          explanation,
          inboundFileId: file.id,
          at,
          recordedAt: ctx.at,
          recordedBy: ctx.user,
        })
        if (ok) {
          accepted++
          moveIfAllowed(db, claim, 'accepted', {
            user: ctx.user,
            at: ctx.at,
            reason: `Accepted by the clearinghouse (999${t?.status === 'E' ? ', with errors noted' : ''})`,
            sourceFile: file.originalName,
          })
        } else {
          rejected++
          moveIfAllowed(db, claim, 'rejected', {
            user: ctx.user,
            at: ctx.at,
            reason: `Rejected by the clearinghouse (999): ${errors[0] ?? verdict}`.slice(0, 500),
            sourceFile: file.originalName,
          })
        }
      }
    }
    const withErrors = group.transactions.some((t) => t.status === 'E')
    const verdict: Detail999['batches'][number]['verdict'] =
      rejected === 0
        ? withErrors
          ? 'accepted with errors'
          : 'accepted'
        : accepted === 0
          ? 'rejected'
          : 'partially accepted'
    detail.batches.push({
      batchId: batch.batchId,
      fileName: batch.fileName,
      verdict,
      accepted,
      rejected,
    })
    lines.push(
      `Batch ${batch.fileName} ${verdict}: ${accepted} ${accepted === 1 ? 'claim' : 'claims'} accepted` +
        (rejected ? `, ${rejected} rejected and back to be fixed` : '') +
        (detail.errors.length
          ? `, ${detail.errors.length} ${detail.errors.length === 1 ? 'error' : 'errors'}`
          : ''),
    )
  }
  return { outcome: lines.join('; ') + '.', detail }
}
