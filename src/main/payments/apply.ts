/**
 * Where money for a patient's balances goes: oldest visit first, or to the visits (and lines)
 * the person chose. A chosen visit is never paid past what the patient owes on it.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { formatCents, cents } from '../../shared/money'
import { DomainError } from '../errors'
import { postEntries, type PostedBy } from '../ledger/entries'
import { billedVisitLines, creditHoldings, draw, openPatientLines, type OpenLine } from './places'

/** A share of an amount for one visit line. */
export interface Allocation {
  visitId: number
  lineNo: number
  cents: number
}

/** The person's choice: this much to this visit (or one of its lines). */
export interface ChosenVisit {
  visitId: number
  lineNo?: number | undefined
  amountCents: number
}

const money = (c: number) => formatCents(cents(c))

/** Spreads `amount` over open lines in their order; returns what is left over. */
export function spread(
  lines: readonly OpenLine[],
  amount: number,
): { allocations: Allocation[]; restCents: number } {
  const allocations: Allocation[] = []
  let left = amount
  for (const line of lines) {
    if (left === 0) break
    const take = Math.min(left, line.patientCents)
    if (take <= 0) continue
    allocations.push({ visitId: line.visitId, lineNo: line.lineNo, cents: take })
    left -= take
  }
  return { allocations, restCents: left }
}

export function oldestFirst(
  db: Database.Database,
  patientId: number,
  amount: number,
): { allocations: Allocation[]; restCents: number } {
  return spread(openPatientLines(db, patientId), amount)
}

/** The chosen visits' shares, refusing any that asks more than the patient owes there. */
export function toChosenVisits(
  db: Database.Database,
  patientId: number,
  chosen: readonly ChosenVisit[],
): Allocation[] {
  const allocations: Allocation[] = []
  for (const [i, choice] of chosen.entries()) {
    let lines = billedVisitLines(db, patientId, choice.visitId)
    if (choice.lineNo !== undefined) {
      lines = lines.filter((l) => l.lineNo === choice.lineNo)
      if (lines.length === 0) {
        throw new DomainError(
          'not_found',
          `Visit #${choice.visitId} has no line ${choice.lineNo}.`,
          `visits.${i}.lineNo`,
        )
      }
    }
    // A visit chosen twice shares the same balance.
    const taken = (l: OpenLine) =>
      allocations
        .filter((a) => a.visitId === l.visitId && a.lineNo === l.lineNo)
        .reduce((s, a) => s + a.cents, 0)
    const open = lines.map((l) => ({ ...l, patientCents: l.patientCents - taken(l) }))
    const owed = open.reduce((s, l) => s + Math.max(0, l.patientCents), 0)
    const where = `visit #${choice.visitId}${choice.lineNo !== undefined ? ` line ${choice.lineNo}` : ''}`
    if (choice.amountCents > owed) {
      throw new DomainError(
        'conflict',
        `The patient owes ${money(owed)} on ${where}, less than the ${money(choice.amountCents)} given: apply less there, and put the rest on the account as credit or on other visits.`,
        `visits.${i}.amountCents`,
      )
    }
    allocations.push(...spread(open, choice.amountCents).allocations)
  }
  return allocations
}

/** Ledger lines of a payment paying visit lines (patient balance down). */
export function postPaymentLines(
  db: Database.Database,
  p: {
    patientId: number
    paymentId: number
    effectiveDate: string
    allocations: readonly Allocation[]
    creditCents: number
    source: string
    memo?: string
  },
  by: PostedBy,
): number[] {
  const common = {
    kind: 'patient_payment' as const,
    effectiveDate: p.effectiveDate,
    patientId: p.patientId,
    paymentId: p.paymentId,
    insuranceCents: 0,
    source: p.source,
    memo: p.memo ?? '',
  }
  return postEntries(
    db,
    [
      ...p.allocations.map((a) => ({
        ...common,
        visitId: a.visitId,
        lineNo: a.lineNo,
        patientCents: -a.cents,
      })),
      ...(p.creditCents > 0
        ? [{ ...common, visitId: null, lineNo: null, patientCents: -p.creditCents }]
        : []),
    ],
    by,
  )
}

export interface CreditApplication {
  patientId: number
  /** Chosen visits; oldest-first over open balances when left out. */
  visits?: readonly ChosenVisit[] | undefined
  /** With oldest-first: at most this much (all the credit that fits when left out). */
  amountCents?: number | undefined
  effectiveDate: string
}

/**
 * Moves unapplied credit onto visit balances: for each payment holding credit (oldest first), a
 * transfer off the account and onto the visit line, both pointing at that payment so voiding it
 * later undoes exactly what it paid.
 */
export function applyCredit(
  db: Database.Database,
  a: CreditApplication,
  by: PostedBy,
): { appliedCents: number; entryIds: number[] } {
  const credit = creditHoldings(db, a.patientId)
  const available = credit.reduce((s, h) => s + h.cents, 0)
  if (available === 0) {
    throw new DomainError('conflict', 'There is no unapplied credit on this account.')
  }
  let allocations: Allocation[]
  if (a.visits && a.visits.length > 0) {
    allocations = toChosenVisits(db, a.patientId, a.visits)
  } else {
    const want = Math.min(a.amountCents ?? available, available)
    allocations = oldestFirst(db, a.patientId, want).allocations
  }
  const total = allocations.reduce((s, x) => s + x.cents, 0)
  if (total === 0) {
    throw new DomainError('conflict', 'Nothing is owed by the patient on any visit right now.')
  }
  const sources = draw(
    credit,
    total,
    (have) => `The account holds ${money(have)} of credit, less than the ${money(total)} asked.`,
  )
  const entries = []
  let queue = sources.map((s) => ({ ...s }))
  for (const alloc of allocations) {
    let left = alloc.cents
    while (left > 0) {
      const src = queue[0]!
      const take = Math.min(left, src.cents)
      const common = {
        kind: 'transfer' as const,
        effectiveDate: a.effectiveDate,
        patientId: a.patientId,
        paymentId: src.holding.paymentId,
        insuranceCents: 0,
        source: `credit from payment #${src.holding.paymentId} applied`,
      }
      entries.push(
        { ...common, visitId: null, lineNo: null, patientCents: take },
        { ...common, visitId: alloc.visitId, lineNo: alloc.lineNo, patientCents: -take },
      )
      src.cents -= take
      left -= take
      if (src.cents === 0) queue = queue.slice(1)
    }
  }
  return { appliedCents: total, entryIds: postEntries(db, entries, by) }
}
