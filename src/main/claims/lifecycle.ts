/**
 * The claim state machine. `transition` is the only code that changes a claim's status: it
 * checks the move against TRANSITIONS and writes the history line in the same transaction.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import {
  CLAIM_STATUS_LABELS,
  type ClaimOutcome,
  type ClaimStatus,
} from '../../shared/schemas/claim'
import { DomainError } from '../errors'
import { sqlPerRowCount } from '../store/compiled'
import { storeQuery, statement } from '../store/sync-query'

/**
 * Every legal move. Forward moves may skip an acknowledgment that never comes (some
 * clearinghouses send no 999, and an 835 can arrive before the 277CA). A claim the clearinghouse
 * or payer rejected never reached adjudication, so it goes back to draft to be fixed and sent
 * again as an original. Once the payer has a claim, it changes only by a replacement (7,
 * 'corrected') or a void (8, 'voided'); a claim not yet with the payer is simply withdrawn.
 */
export const TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  draft: ['ready', 'voided'],
  ready: ['draft', 'queued', 'voided'],
  queued: ['ready', 'draft', 'submitted', 'voided'],
  submitted: ['accepted', 'rejected', 'acknowledged', 'payer_rejected', 'adjudicated'],
  accepted: ['acknowledged', 'payer_rejected', 'adjudicated'],
  rejected: ['draft', 'voided'],
  acknowledged: ['payer_rejected', 'adjudicated', 'corrected', 'voided'],
  payer_rejected: ['draft', 'voided'],
  adjudicated: ['closed', 'corrected', 'voided'],
  closed: ['adjudicated', 'corrected', 'voided'],
  corrected: [],
  voided: [],
}

/** Statuses in which the payer has the claim on file: a change needs a frequency 7 or 8 claim. */
export const WITH_PAYER: readonly ClaimStatus[] = ['acknowledged', 'adjudicated', 'closed']

/** Statuses in which the claim's snapshot and lines may still change: nothing has been sent. */
export const EDITABLE: readonly ClaimStatus[] = ['draft', 'ready']

export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export interface TransitionNote {
  user: string
  reason: string
  sourceFile?: string | null
  /** ISO time of the change; defaults to now. */
  at?: string
  /** Required when moving to 'adjudicated': paid, partially paid or denied. */
  outcome?: ClaimOutcome
  /** The payer's claim number, when the 277CA or 835 gives it (REF*F8 of a later 7 or 8). */
  payerClaimControlNumber?: string
}

/** Says why a move is refused, in the biller's words, with what the claim can do instead. */
export function refusal(from: ClaimStatus, to: ClaimStatus): string {
  const next = TRANSITIONS[from]
  const fromLabel = CLAIM_STATUS_LABELS[from]
  const move = to === 'draft' ? 'go back to draft' : `become ${CLAIM_STATUS_LABELS[to]}`
  const article = /^[aeiou]/.test(fromLabel) ? 'An' : 'A'
  const why =
    next.length === 0
      ? 'it is final'
      : `from here it can only become ${next.map((s) => CLAIM_STATUS_LABELS[s]).join(', ')}`
  const hint = WITH_PAYER.includes(from)
    ? ' — the payer has it: correct it (frequency 7) or void it (frequency 8) instead'
    : from === 'submitted' || from === 'accepted'
      ? ' — it is on its way to the payer: wait for the acknowledgment, then correct or void it'
      : ''
  return `${article} ${fromLabel} claim cannot ${move}: ${why}${hint}.`
}

/** Moves a claim to `to` and records who, when, why and from which file, atomically. */
export function transition(
  db: Database.Database,
  claimId: number,
  to: ClaimStatus,
  note: TransitionNote,
): void {
  // Inside a caller's transaction (a batch moves thousands of claims) no savepoint is needed.
  if (db.inTransaction) move(db, claimId, to, note)
  else db.transaction(() => move(db, claimId, to, note))()
}

function move(db: Database.Database, claimId: number, to: ClaimStatus, note: TransitionNote): void {
  const row = statement(db, readStatusSql()).get(claimId) as { status: ClaimStatus } | undefined
  if (!row) throw new DomainError('not_found', `There is no claim #${claimId}.`, 'claimId')
  moveFrom(db, claimId, row.status, to, note)
}

/** A move of a path: where to and the note its history line keeps. */
export interface Step {
  to: ClaimStatus
  note: TransitionNote
}

/** The move itself, once the claim's status is known: checked, written and recorded. */
function moveFrom(
  db: Database.Database,
  claimId: number,
  from: ClaimStatus,
  to: ClaimStatus,
  note: TransitionNote,
): void {
  movePath(db, claimId, from, [{ to, note }])
}

/**
 * Moves in a row, each checked and given its history line; the claim's row is written once,
 * with where the path ends (each status change rewrites the claim in every index that holds
 * its status, and an 835 that pays 10,000 claims in full moves each twice).
 */
function movePath(
  db: Database.Database,
  claimId: number,
  from: ClaimStatus,
  steps: readonly Step[],
): void {
  let at = ''
  let outcome: ClaimOutcome | undefined
  let submittedAt: string | undefined
  let number: string | undefined
  let status = from
  const history: unknown[] = []
  for (const { to, note } of steps) {
    if (!canTransition(status, to)) throw new DomainError('conflict', refusal(status, to))
    if (to === 'adjudicated' && note.outcome === undefined) {
      throw new DomainError('invalid_input', 'Say how the payer decided: paid, partial or denied.')
    }
    at = note.at ?? new Date().toISOString()
    if (to === 'adjudicated') outcome = note.outcome
    if (to === 'submitted') submittedAt = at
    if (note.payerClaimControlNumber) number = note.payerClaimControlNumber
    history.push(claimId, at, note.user, status, to, note.reason, note.sourceFile ?? null)
    status = to
  }
  if (steps.length === 0) return
  // The path's history lines in one statement: a statement costs SQLite more than a row.
  statement(db, historySql(steps.length)).run(...history)
  const values: unknown[] = [status, at]
  if (outcome !== undefined) values.push(outcome)
  if (submittedAt !== undefined) values.push(submittedAt)
  if (number !== undefined) values.push(number)
  const sql = updateSql(outcome !== undefined, submittedAt !== undefined, number !== undefined)
  statement(db, sql).run(...values, claimId)
}

/*
 * The statements of a move, compiled once: Kysely takes 50–120 µs to compile one, more than
 * SQLite's work, and a 277CA or an 835 moves 10,000 claims. The UPDATE's parameters are, in
 * order: status, updated_at, [outcome], [submitted_at], [payer_claim_control_number], id.
 */
let statusSql: string | undefined
const updates = new Map<string, string>()

function readStatusSql(): string {
  statusSql ??= storeQuery.selectFrom('claims').select('status').where('id', '=', 0).compile().sql
  return statusSql
}

/** History lines' INSERT for `rows` lines; each line's parameters in the order of `movePath`. */
const historySql = sqlPerRowCount((rows) => {
  const line = {
    claim_id: 0,
    at: '',
    user: '',
    from_status: 'draft',
    to_status: 'draft',
    reason: '',
    source_file: null,
  } as const
  return storeQuery
    .insertInto('claim_history')
    .values(Array.from({ length: rows }, () => line))
    .compile().sql
})

function updateSql(withOutcome: boolean, withSubmitted: boolean, withNumber: boolean): string {
  const key = `${+withOutcome}${+withSubmitted}${+withNumber}`
  let sql = updates.get(key)
  if (sql === undefined) {
    sql = storeQuery
      .updateTable('claims')
      .set({
        status: 'draft',
        updated_at: '',
        ...(withOutcome ? { outcome: null } : {}),
        ...(withSubmitted ? { submitted_at: '' } : {}),
        ...(withNumber ? { payer_claim_control_number: '' } : {}),
      })
      .where('id', '=', 0)
      .compile().sql
    updates.set(key, sql)
  }
  return sql
}

/**
 * `transition` for a caller that already read the claim's status in the same transaction (a
 * 277CA, a 999 or an 835 applied to thousands of claims): the same rules and history line,
 * without reading the claim again.
 */
export function transitionFrom(
  db: Database.Database,
  claimId: number,
  from: ClaimStatus,
  to: ClaimStatus,
  note: TransitionNote,
): void {
  if (!db.inTransaction) {
    transition(db, claimId, to, note)
    return
  }
  moveFrom(db, claimId, from, to, note)
}

/**
 * `transitionFrom` for several moves in a row (adjudicated, then closed): each checked and in
 * the history, the claim written once.
 */
export function transitionPath(
  db: Database.Database,
  claimId: number,
  from: ClaimStatus,
  steps: readonly Step[],
): void {
  if (!db.inTransaction) {
    db.transaction(() => {
      const now = statusOf(db, claimId)
      if (now === null)
        throw new DomainError('not_found', `There is no claim #${claimId}.`, 'claimId')
      movePath(db, claimId, now, steps)
    })()
    return
  }
  movePath(db, claimId, from, steps)
}

/** The claim's status as stored now (null: no such claim), through a statement compiled once. */
export function statusOf(db: Database.Database, claimId: number): ClaimStatus | null {
  const row = statement(db, readStatusSql()).get(claimId) as { status: ClaimStatus } | undefined
  return row?.status ?? null
}
