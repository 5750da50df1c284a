/**
 * What can be done to a claim where it stands. The claim screen offers exactly these, and the
 * handlers refuse anything else with the reason, so a button is never shown only to be refused.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import {
  CLAIM_ACTION_LABELS,
  OPEN_CLAIM_STATUSES,
  type ClaimAction,
  type ClaimFrequency,
  type ClaimStatus,
} from '../../shared/schemas/claim'
import { DomainError } from '../errors'
import { correctionRefusal, editRefusal } from './corrections'
import { EDITABLE, refusal, WITH_PAYER } from './lifecycle'
import { readClaim } from './records'
import { readFindings } from './findings'

export interface ClaimState {
  status: ClaimStatus
  frequency: ClaimFrequency
  /** Warnings the scrubber raised that nobody has acknowledged yet. */
  openWarnings: number
}

/** Not yet sent: a void is simply a withdrawal, nothing goes to the payer. */
const UNSENT: readonly ClaimStatus[] = ['draft', 'ready', 'queued']
/** Refused on the way in (999 or 277CA): the payer never had it, so it is withdrawn too. */
const REFUSED: readonly ClaimStatus[] = ['rejected', 'payer_rejected']

export function allowedActions(state: ClaimState): ClaimAction[] {
  const { status, frequency, openWarnings } = state
  const actions: ClaimAction[] = []
  if (OPEN_CLAIM_STATUSES.includes(status)) actions.push('scrub')
  if (EDITABLE.includes(status)) actions.push('edit')
  if (EDITABLE.includes(status) && openWarnings > 0) actions.push('acknowledge')
  if (status === 'ready') actions.push('queue')
  // A void (frequency 8) the payer has is final at the payer: it is neither replaced nor voided.
  const aVoid = frequency === '8'
  if (WITH_PAYER.includes(status) && !aVoid) actions.push('correct', 'void')
  if (UNSENT.includes(status) || REFUSED.includes(status)) actions.push('withdraw')
  return actions
}

function stateOf(db: Database.Database, claimId: number): ClaimState & { pcn: string } {
  const claim = readClaim(db, claimId)
  const openWarnings = readFindings(db, claimId).filter(
    (f) => f.severity === 'warning' && f.acknowledgedBy === null,
  ).length
  return {
    status: claim.status,
    frequency: claim.frequency,
    openWarnings,
    pcn: claim.patientControlNumber,
  }
}

/** The same, read from the store for one claim. */
export function claimActions(db: Database.Database, claimId: number): ClaimAction[] {
  return allowedActions(stateOf(db, claimId))
}

/** Why `action` is not offered on a claim in `status`, in the biller's words. */
function whyNot(action: ClaimAction, state: ClaimState, pcn: string): string {
  const { status } = state
  const label = CLAIM_ACTION_LABELS[action]
  if (action === 'correct') return correctionRefusal(status)
  if (action === 'edit') return editRefusal(pcn, status)
  if (action === 'void' || action === 'withdraw') {
    if (state.frequency === '8' && WITH_PAYER.includes(status)) {
      return `Claim ${pcn} is itself a void the payer has: there is nothing left to cancel.`
    }
    return refusal(status, 'voided')
  }
  if (action === 'acknowledge' && EDITABLE.includes(status)) {
    return `Claim ${pcn} has no open warning to acknowledge — scrub it again to see its current findings.`
  }
  if (action === 'queue' && status === 'draft') {
    return `Claim ${pcn} is a draft: fix its errors and acknowledge its warnings, then scrub it — only a ready claim can be queued.`
  }
  return `Claim ${pcn} is ${status}: it cannot be ${label.toLowerCase()} now.`
}

/** Throws, with the reason, unless `action` is one the claim allows now. */
export function assertAllowed(db: Database.Database, claimId: number, action: ClaimAction): void {
  const state = stateOf(db, claimId)
  if (allowedActions(state).includes(action)) return
  throw new DomainError('conflict', whyNot(action, state, state.pcn))
}
