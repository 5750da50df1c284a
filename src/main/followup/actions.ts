/**
 * What a biller does from the follow-up queue besides notes: correct and resend (frequency 7),
 * void (8), resend a rejected claim as new, bill the patient for denied lines, write off.
 * Each runs in one transaction and marks the item done when it settles it.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { FollowUpReason } from '../../shared/ops/followup'
import { WRITE_OFF_CATEGORY_LABELS } from '../../shared/ops/payments'
import { fixAndResend } from '../acknowledgments/worklist'
import type { Actor } from '../claims/claim'
import { correctClaim, voidClaim } from '../claims/corrections'
import { readClaim } from '../claims/records'
import { scrubClaim } from '../claims/scrub'
import { DomainError } from '../errors'
import { postEntries, reverseEntries, type LedgerEntryInput } from '../ledger/entries'
import { transferResponsibility } from '../payments/transfer'
import { loadClaim, type MatchedClaim } from '../remits/match'
import { claimAmounts } from '../remits/amounts'
import { allRows, storeQuery } from '../store/sync-query'
import { deniedLines, isRoutine } from './queue'
import { updateItem } from './state'

function claimOf(db: Database.Database, claimId: number): MatchedClaim {
  const claim = loadClaim(db, claimId)
  if (!claim) throw new DomainError('not_found', `There is no claim #${claimId}.`, 'claimId')
  return claim
}

const done = (db: Database.Database, claimId: number, reason: FollowUpReason, actor: Actor) =>
  updateItem(db, claimId, reason, { status: 'done' }, actor)

export function correctAndResend(
  db: Database.Database,
  claimId: number,
  reason: FollowUpReason,
  why: string,
  actor: Actor,
  today: string,
): number {
  return db.transaction(() => {
    const made = correctClaim(db, claimId, why, undefined, actor)
    scrubClaim(db, made, actor, today)
    done(db, claimId, reason, actor)
    return made
  })()
}

export function voidFromQueue(
  db: Database.Database,
  claimId: number,
  reason: FollowUpReason,
  why: string,
  payerClaimControlNumber: string | undefined,
  actor: Actor,
  today: string,
): number {
  return db.transaction(() => {
    const made = voidClaim(db, claimId, why, payerClaimControlNumber, actor)
    if (made !== claimId) scrubClaim(db, made, actor, today)
    done(db, claimId, reason, actor)
    return made
  })()
}

export function resendAsNew(
  db: Database.Database,
  claimId: number,
  actor: Actor,
  today: string,
): { queued: boolean; message: string } {
  return db.transaction(() => {
    const r = fixAndResend(db, claimId, actor, today)
    done(db, claimId, 'rejection', actor)
    return r
  })()
}

interface DenialEntry {
  id: number
  visit_id: number | null
  line_no: number | null
  insurance_cents: number
  group_code: string | null
  reason_code: string | null
}

/**
 * The payer's denial write-downs still standing on a claim (CO/OA/PI/CR with a non-routine
 * CARC, not reversed). PR denials are already the patient's and are left alone.
 */
function standingDenials(db: Database.Database, claimId: number): DenialEntry[] {
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries')
      .select(['id', 'visit_id', 'line_no', 'insurance_cents', 'group_code', 'reason_code'])
      .where('claim_id', '=', claimId)
      .where('kind', 'in', ['contractual', 'other_adjustment'])
      .where('reverses_id', 'is', null)
      .where('group_code', 'is not', null)
      .where('group_code', '!=', 'PR')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('ledger_entries as r')
              .select('r.id')
              .whereRef('r.reverses_id', '=', 'ledger_entries.id'),
          ),
        ),
      ),
  )
  return rows.filter((r) => !isRoutine(r.group_code!, r.reason_code ?? ''))
}

/** Reverses the denial write-downs; returns what insurance owes again, per visit line. */
function undoDenials(
  db: Database.Database,
  claimId: number,
  memo: string,
  actor: Actor,
  today: string,
): Map<number, number> {
  if (deniedLines(db, claimId).length === 0) {
    throw new DomainError('conflict', 'Nothing on this claim was denied.')
  }
  const entries = standingDenials(db, claimId)
  if (entries.length === 0) {
    throw new DomainError(
      'conflict',
      "The denied amounts are already the patient's responsibility (PR): mark the item done.",
    )
  }
  reverseEntries(
    db,
    entries.map((e) => e.id),
    { ...actor, effectiveDate: today, source: 'denial taken back from follow-up', memo },
  )
  const byLine = new Map<number, number>()
  for (const e of entries) {
    byLine.set(e.line_no!, (byLine.get(e.line_no!) ?? 0) - e.insurance_cents)
  }
  return byLine
}

/** GA: the patient signed an Advance Beneficiary Notice (waiver of liability) for the line. */
export const ABN_MODIFIER = 'GA'

/**
 * A CO denial is the provider's loss by contract: the patient may be billed for it only when
 * the line carries an ABN (modifier GA). PR amounts are the patient's already.
 */
function refuseProviderLiability(db: Database.Database, claim: MatchedClaim): void {
  const blocked = new Map<number, string[]>()
  for (const e of standingDenials(db, claim.id)) {
    if (e.group_code !== 'CO') continue
    const line = claim.lines.find((l) => l.visitLineNo === e.line_no)
    if (line?.modifiers.includes(ABN_MODIFIER)) continue
    const key = line?.lineNo ?? 0
    blocked.set(key, [...(blocked.get(key) ?? []), `CO-${e.reason_code ?? ''}`])
  }
  if (blocked.size === 0) return
  const lines = [...blocked]
    .map(([lineNo, carcs]) => {
      const line = claim.lines.find((l) => l.lineNo === lineNo)
      return `line ${lineNo}${line ? ` (${line.code})` : ''} ${[...new Set(carcs)].join(', ')}`
    })
    .join('; ')
  throw new DomainError(
    'conflict',
    `The patient cannot be billed: ${lines} is a contractual (CO) denial, the practice's loss ` +
      `under its contract with the payer, and the line has no ABN (modifier ${ABN_MODIFIER}). ` +
      'Appeal it, correct and resend the claim, or write it off. Only PR amounts, or lines ' +
      `billed with ${ABN_MODIFIER} for a signed ABN, may go to the patient.`,
  )
}

/** Bill the patient: the denied amounts become what the patient owes. */
export function billPatient(
  db: Database.Database,
  claimId: number,
  why: string,
  actor: Actor,
  today: string,
): number {
  return db.transaction(() => {
    const claim = claimOf(db, claimId)
    refuseProviderLiability(db, claim)
    const byLine = undoDenials(db, claimId, why, actor, today)
    let moved = 0
    for (const [lineNo, amount] of byLine) {
      if (amount <= 0) continue
      transferResponsibility(
        db,
        {
          patientId: claim.patientId,
          visitId: claim.visitId,
          lineNo,
          direction: 'toPatient',
          amountCents: amount,
          effectiveDate: today,
          reason: `Denied by the payer, billed to the patient: ${why}`,
        },
        actor,
      )
      moved += amount
    }
    done(db, claimId, 'denial', actor)
    return moved
  })()
}

export type FollowUpWriteOffCategory = 'denial' | keyof typeof WRITE_OFF_CATEGORY_LABELS

/**
 * Write off what insurance will not pay: for a denial, the denied amounts (the payer's
 * write-down becomes the office's write-off, with its reason); for a claim without an answer
 * or a rejection, what insurance still owes on the claim's lines.
 */
export function writeOffItem(
  db: Database.Database,
  claimId: number,
  reason: FollowUpReason,
  category: FollowUpWriteOffCategory,
  why: string,
  actor: Actor,
  today: string,
): number {
  return db.transaction(() => {
    const claim = claimOf(db, claimId)
    let byLine: Map<number, number>
    if (reason === 'denial') {
      byLine = undoDenials(db, claimId, why, actor, today)
    } else {
      readClaim(db, claimId)
      const amounts = claimAmounts(db, claimId)
      byLine = new Map()
      for (const l of amounts.lines) {
        const visitLine = claim.lines.find((x) => x.lineNo === l.lineNo)!.visitLineNo
        if (l.balanceCents > 0) byLine.set(visitLine, l.balanceCents)
      }
    }
    const label = category === 'denial' ? 'Denial' : WRITE_OFF_CATEGORY_LABELS[category]
    const entries: LedgerEntryInput[] = [...byLine]
      .filter(([, amount]) => amount > 0)
      .map(([lineNo, amount]) => ({
        kind: 'write_off',
        effectiveDate: today,
        patientId: claim.patientId,
        visitId: claim.visitId,
        lineNo,
        claimId,
        payerId: claim.payerId,
        insuranceCents: -amount,
        patientCents: 0,
        reasonCode: category,
        source: `${label} write-off from follow-up`,
        memo: why,
      }))
    if (entries.length === 0) {
      throw new DomainError('conflict', 'Insurance owes nothing on this claim to write off.')
    }
    postEntries(db, entries, actor)
    done(db, claimId, reason, actor)
    return entries.reduce((s, e) => s - e.insuranceCents, 0)
  })()
}
