/**
 * Changing a claim after it was made: edit one not yet sent, replace one the payer has
 * (frequency 7), or void it (frequency 8; a claim the payer never had is simply withdrawn).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ServiceLine } from '../../shared/schemas/visit'
import { DomainError } from '../errors'
import { setVisitStatus } from '../visits/records'
import type { Actor, ClaimRecord } from './claim'
import { claimLines } from './build'
import { lineControlNumber, uniquePatientControlNumber } from './controlNumbers'
import { recordHistory } from './history'
import { EDITABLE, refusal, transition, WITH_PAYER } from './lifecycle'
import {
  insertClaim,
  readClaim,
  readLines,
  replaceLines,
  saveClaimData,
  setOriginalReference,
} from './records'
import { storeQuery, firstRow } from '../store/sync-query'
import { laterClaims } from './laterClaims'

export interface ClaimEdit {
  diagnoses: string[]
  lines: ServiceLine[]
  payerClaimControlNumber?: string | undefined
}

/** New diagnoses and lines for a claim nothing has been sent for; it goes back to draft. */
export function editClaim(
  db: Database.Database,
  claimId: number,
  edit: ClaimEdit,
  actor: Actor,
): void {
  db.transaction(() => {
    const claim = readClaim(db, claimId)
    if (!EDITABLE.includes(claim.status)) {
      throw new DomainError('conflict', editRefusal(claim.patientControlNumber, claim.status))
    }
    saveClaimData(
      db,
      claimId,
      { ...claim.data, visit: { ...claim.data.visit, diagnoses: edit.diagnoses } },
      actor.at,
    )
    replaceLines(db, claimId, claimLines(claim.patientControlNumber, edit.lines), actor)
    if (edit.payerClaimControlNumber !== undefined && claim.frequency !== '1') {
      setOriginalReference(db, claimId, edit.payerClaimControlNumber, actor.at)
    }
    if (claim.status === 'ready')
      transition(db, claimId, 'draft', { ...actor, reason: 'Edited: scrub again' })
  })()
}

/**
 * What a replacement or void of `claim` refers to: the payer's number for it, or — when the
 * payer has not numbered a replacement yet — the reference that replacement itself carried.
 */
function referenceOf(claim: ClaimRecord): string | null {
  return claim.payerClaimControlNumber ?? claim.originalReference
}

function chainRevision(db: Database.Database, claim: ClaimRecord): number {
  let n = 1
  let id = claim.replacesClaimId
  while (id !== null) {
    n++
    const row = firstRow(
      db,
      storeQuery.selectFrom('claims').select('replaces_claim_id').where('id', '=', id),
    )
    id = row?.replaces_claim_id ?? null
  }
  return n
}

/** A new claim of frequency 7 or 8 copying the original's lines; the original moves on. */
function followUp(
  db: Database.Database,
  original: ClaimRecord,
  frequency: '7' | '8',
  originalReference: string | null,
  reason: string,
  actor: Actor,
): number {
  const pcn = uniquePatientControlNumber(
    db,
    {
      accountNo: original.data.patient.accountNo,
      visitId: original.visitId,
      splitPart: original.splitPart,
      responsibility: original.responsibility,
      revision: { kind: frequency === '7' ? 'R' : 'V', number: chainRevision(db, original) },
    },
    frequency === '7' ? 'R' : 'V',
  )
  const lines = readLines(db, original.id).map((l) => ({
    ...l,
    lineControlNumber: lineControlNumber(pcn, l.lineNo),
  }))
  const claimId = insertClaim(
    db,
    {
      visitId: original.visitId,
      patientId: original.patientId,
      payerId: original.payerId,
      coverageId: original.data.coverage.id,
      renderingProviderId: original.renderingProviderId,
      responsibility: original.responsibility,
      patientControlNumber: pcn,
      frequency,
      replacesClaimId: original.id,
      originalReference,
      dateOfService: original.dateOfService,
      splitPart: original.splitPart,
      splitCount: original.splitCount,
      data: original.data,
    },
    lines,
    actor,
  )
  const kind = frequency === '7' ? 'Replacement (frequency 7)' : 'Void (frequency 8)'
  recordHistory(db, claimId, {
    ...actor,
    from: null,
    to: 'draft',
    reason: `${kind} of claim ${original.patientControlNumber}: ${reason}`,
  })
  transition(db, original.id, frequency === '7' ? 'corrected' : 'voided', {
    ...actor,
    reason: `${frequency === '7' ? 'Replaced' : 'Voided'} by claim ${pcn}: ${reason}`,
  })
  return claimId
}

/** Why a claim in `status` cannot be replaced, and what to do instead. */
export function correctionRefusal(status: ClaimRecord['status']): string {
  const hint = EDITABLE.includes(status)
    ? ' It has not been sent: edit it instead.'
    : status === 'rejected' || status === 'payer_rejected'
      ? ' The payer never took it: send it back to draft, fix it and send it again.'
      : ''
  return `${refusal(status, 'corrected')}${hint}`
}

/** Why a claim in `status` cannot be edited: it is no longer the practice's alone. */
export function editRefusal(pcn: string, status: ClaimRecord['status']): string {
  return `Claim ${pcn} is ${status}: only a draft or ready claim can be edited — correct it instead.`
}

export function correctClaim(
  db: Database.Database,
  claimId: number,
  reason: string,
  payerClaimControlNumber: string | undefined,
  actor: Actor,
): number {
  return db.transaction(() => {
    const original = readClaim(db, claimId)
    if (!WITH_PAYER.includes(original.status)) {
      throw new DomainError('conflict', correctionRefusal(original.status))
    }
    return followUp(
      db,
      original,
      '7',
      payerClaimControlNumber ?? referenceOf(original),
      reason,
      actor,
    )
  })()
}

/** Claims of the same visit and part waiting on `claim` (a secondary, a tertiary) — not sent. */
const HELD: readonly ClaimRecord['status'][] = ['draft', 'ready']

/**
 * A voided or withdrawn claim takes the later payers' claims that wait on it with it: they were
 * held for its adjudication, which will now never come. Each says why in its history.
 */
function cancelHeldAfter(db: Database.Database, original: ClaimRecord, how: string, actor: Actor) {
  const later = laterClaims(
    db,
    { visitId: original.visitId, splitPart: original.splitPart },
    original.responsibility,
    HELD,
  )
  for (const c of later) {
    transition(db, c.id, 'voided', {
      ...actor,
      reason: `Cancelled: the ${original.responsibility} claim ${original.patientControlNumber} it waited on was ${how}`,
    })
  }
}

/**
 * Voids a claim. One the payer has gets a frequency-8 claim that must carry the payer's claim
 * number; one the payer never had is withdrawn, and when no other claim of its visit is left
 * the visit goes back to coded, to be fixed and billed again.
 */
export function voidClaim(
  db: Database.Database,
  claimId: number,
  reason: string,
  payerClaimControlNumber: string | undefined,
  actor: Actor,
): number {
  return db.transaction(() => {
    const original = readClaim(db, claimId)
    if (WITH_PAYER.includes(original.status)) {
      const number = payerClaimControlNumber ?? referenceOf(original)
      if (!number) {
        throw new DomainError(
          'invalid_input',
          "A void goes to the payer with its claim number for the original (REF*F8): copy it from the remittance or the payer's acknowledgment.",
          'payerClaimControlNumber',
        )
      }
      const made = followUp(db, original, '8', number, reason, actor)
      cancelHeldAfter(db, original, 'voided', actor)
      return made
    }
    transition(db, claimId, 'voided', {
      ...actor,
      reason: `Withdrawn before the payer had it: ${reason}`,
    })
    cancelHeldAfter(db, original, 'withdrawn', actor)
    const others = firstRow(
      db,
      storeQuery
        .selectFrom('claims')
        .select('id')
        .where('visit_id', '=', original.visitId)
        .where('status', 'not in', ['voided', 'corrected']),
    )
    if (!others) setVisitStatus(db, original.visitId, 'coded', actor.at)
    return claimId
  })()
}
