/**
 * Posts one 835 claim (CLP loop) against one of our claims: ledger lines per service line, the
 * claim's move to adjudicated (or closed once the payer owes nothing more), and the release of
 * the held secondary claim with this payer's adjudication. A reversal (CLP02 22) undoes the
 * earlier posting line by line with new, opposite ledger lines; the correction that follows is
 * an ordinary claim posting.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimOutcome, ClaimStatus } from '../../shared/schemas/claim'
import { canTransition, transitionPath, type Step, type TransitionNote } from '../claims/lifecycle'
import { recordHistory } from '../claims/history'
import { scrubClaim } from '../claims/scrub'
import { postEntries, reverseEntries, type LedgerEntryInput } from '../ledger/entries'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'
import type { RemitClaim } from '../x12/read835'
import { compiledOnce } from '../store/compiled'
import { adjustmentEntry, adjustmentKind, paymentEntry, type EntryBase } from './ledger'
import { matchLines, type MatchedClaim, type VisitAhead, type VisitLedgerLine } from './match'
import { releaseLaterClaims } from './release'
import type { PostedClaim, PostedLine } from './types'

export interface PostingContext {
  user: string
  at: string
  paymentId: number
  payerId: number | null
  payerName: string
  /** The check or EFT date: the ledger's accounting date for this money. */
  effectiveDate: string
  /** In words: "835 file #12 (remit.835)", and who assigned the claim when it was done by hand. */
  source: string
  /**
   * Whether `source` says more than a ledger line's payment and claim point to (who assigned an
   * unmatched claim): only then is it kept on each line; otherwise the ledger puts it in words.
   */
  sourceSaysMore?: boolean
  sourceFile: string
  traceNumber: string
}

const STATUS_WORDS: Record<string, string> = {
  '1': 'processed as primary',
  '2': 'processed as secondary',
  '3': 'processed as tertiary',
  '4': 'denied',
  '19': 'processed as primary, forwarded to the next payer',
  '20': 'processed as secondary, forwarded to the next payer',
  '21': 'processed as tertiary, forwarded to the next payer',
  '22': 'reversal of a previous payment',
  '23': 'not our claim, forwarded to another payer',
  '25': 'predetermination pricing only, no payment',
}
const FORWARDED = new Set(['19', '20', '21'])

const insertRemitClaim = compiledOnce(
  [
    'payment_id',
    'claim_id',
    'status_code',
    'payer_claim_number',
    'charge_cents',
    'paid_cents',
    'patient_responsibility_cents',
    'segment',
    'posted_at',
    'posted_by',
  ] as const,
  (v) => storeQuery.insertInto('remit_claims').values({ ...v }),
)

const visitEntries = compiledOnce(['visitId'] as const, (v) =>
  storeQuery
    .selectFrom('ledger_entries')
    .select(['line_no', 'claim_id', 'insurance_cents'])
    .where('visit_id', '=', v.visitId),
)

/**
 * `visit`: what the posting reads of the claim's visit, when the caller read it ahead
 * (ClaimsToPost); else it is read here.
 */
export function postRemitClaim(
  db: Database.Database,
  ctx: PostingContext,
  rc: RemitClaim,
  claim: MatchedClaim,
  visit: VisitAhead | null = null,
): PostedClaim {
  const result: PostedClaim = {
    patientControlNumber: rc.patientControlNumber,
    statusCode: rc.statusCode,
    action: rc.statusCode === '22' ? 'reversed' : 'posted',
    claimId: claim.id,
    outcome: null,
    status: claim.status,
    chargeCents: rc.chargeCents,
    paidCents: rc.paidCents,
    patientResponsibilityCents: rc.patientResponsibilityCents,
    payerClaimNumber: rc.payerClaimNumber,
    lines: [],
    notes: [],
    releasedClaimIds: [],
    crossedOverClaimIds: [],
  }
  insertRemitClaim.run(db, {
    payment_id: ctx.paymentId,
    claim_id: claim.id,
    status_code: rc.statusCode,
    payer_claim_number: rc.payerClaimNumber,
    charge_cents: rc.chargeCents,
    paid_cents: rc.paidCents,
    patient_responsibility_cents: rc.patientResponsibilityCents,
    segment: rc.segment,
    posted_at: ctx.at,
    posted_by: ctx.user,
  })
  if (rc.statusCode === '22') {
    reverseEarlier(db, ctx, rc, claim, result)
    return result
  }
  const entries = claimEntries(ctx, rc, claim, result)
  postEntries(db, entries, { user: ctx.user, at: ctx.at })
  result.outcome = outcomeOf(rc)
  const owed = () =>
    visit
      ? owedByPayer(claim, [
          ...visit.ledger,
          ...entries.map((e) => ({
            line_no: e.lineNo ?? null,
            claim_id: e.claimId ?? null,
            insurance_cents: e.insuranceCents,
          })),
        ])
      : payerBalance(db, claim)
  moveClaim(db, ctx, rc, claim, result, owed)
  const released = releaseLaterClaims(db, ctx, rc, claim, visit?.waitingClaimIds)
  result.releasedClaimIds = released
  if (FORWARDED.has(rc.statusCode)) {
    result.crossedOverClaimIds = markCrossedOver(db, ctx, rc, claim, released)
  }
  return result
}

function claimEntries(
  ctx: PostingContext,
  rc: RemitClaim,
  claim: MatchedClaim,
  result: PostedClaim,
): LedgerEntryInput[] {
  const base = (
    visitLineNo: number | null,
    claimLineId: number | null,
    memo: string,
  ): EntryBase => ({
    effectiveDate: ctx.effectiveDate,
    patientId: claim.patientId,
    visitId: claim.visitId,
    lineNo: visitLineNo,
    claimId: claim.id,
    claimLineId,
    payerId: ctx.payerId,
    paymentId: ctx.paymentId,
    ...(ctx.sourceSaysMore ? { source: `${ctx.source}, claim ${rc.patientControlNumber}` } : {}),
    memo,
  })
  const entries: LedgerEntryInput[] = []
  const first = claim.lines[0] ?? null
  const matches = matchLines(claim, rc.lines)
  rc.lines.forEach((line, i) => {
    const m = matches[i]!
    const b = base(m.line?.visitLineNo ?? null, m.line?.id ?? null, m.note)
    const remarks = line.remarks
    entries.push({ ...paymentEntry(b, line.paidCents), remarkCodes: remarks })
    for (const a of line.adjustments)
      entries.push({ ...adjustmentEntry(b, a), remarkCodes: remarks })
    result.lines.push(lineResult(line, m.line?.lineNo ?? null, m.note))
  })
  // A claim answered without service lines, and claim-level adjustments (2100 CAS), go on the
  // claim's first line: the claim's totals stay right, and the entry says it was claim-level.
  const claimLevel = base(first?.visitLineNo ?? null, first?.id ?? null, 'claim-level (2100)')
  if (rc.lines.length === 0) entries.push(paymentEntry(claimLevel, rc.paidCents))
  for (const a of rc.adjustments) {
    entries.push({ ...adjustmentEntry(claimLevel, a), remarkCodes: rc.remarks })
  }
  if (rc.lines.length === 0 || rc.adjustments.length > 0) {
    result.notes.push(
      rc.lines.length === 0
        ? 'The payer answered for the whole claim, not per line: posted on line 1'
        : 'Claim-level adjustments posted on line 1',
    )
  }
  return entries
}

function lineResult(
  line: RemitClaim['lines'][number],
  claimLineNo: number | null,
  note: string,
): PostedLine {
  const sums = { contractual: 0, patient_responsibility: 0, other_adjustment: 0 } as Record<
    string,
    number
  >
  for (const a of line.adjustments) sums[adjustmentKind(a.group)]! += a.amountCents
  return {
    claimLineNo,
    code: line.code,
    modifiers: line.modifiers,
    chargeCents: line.chargeCents,
    paidCents: line.paidCents,
    contractualCents: sums.contractual!,
    patientResponsibilityCents: sums.patient_responsibility!,
    otherAdjustmentCents: sums.other_adjustment!,
    carcs: line.adjustments.map((a) => `${a.group}-${a.reason}`),
    remarks: line.remarks,
    note,
  }
}

/** Denied when the payer says so (4) or paid nothing the patient does not owe; partial when a line was. */
export function outcomeOf(rc: RemitClaim): ClaimOutcome {
  if (rc.statusCode === '4') return 'denied'
  if (rc.paidCents === 0 && rc.patientResponsibilityCents === 0) return 'denied'
  const lineDenied = rc.lines.some(
    (l) => l.paidCents === 0 && l.adjustments.some((a) => a.group !== 'PR'),
  )
  return lineDenied ? 'partial' : 'paid'
}

function moveClaim(
  db: Database.Database,
  ctx: PostingContext,
  rc: RemitClaim,
  claim: MatchedClaim,
  result: PostedClaim,
  owed: () => number,
): void {
  const reason = `835 ${ctx.traceNumber} from ${ctx.payerName}: ${STATUS_WORDS[rc.statusCode] ?? `status ${rc.statusCode}`}`
  const note = {
    user: ctx.user,
    at: ctx.at,
    reason,
    sourceFile: ctx.sourceFile,
    outcome: result.outcome!,
    ...(rc.payerClaimNumber ? { payerClaimControlNumber: rc.payerClaimNumber } : {}),
  }
  // The claim was read just now, in this transaction: the moves go from the status it left, and
  // the claim is written once, where they end.
  const steps: Step[] = []
  let status = claim.status
  const go = (to: ClaimStatus, stepNote: TransitionNote) => {
    steps.push({ to, note: stepNote })
    status = to
  }
  if (status === 'adjudicated' && canTransition(status, 'closed')) {
    // A second answer (a correction): pass through closed so the new outcome is recorded.
    go('closed', { ...note, reason: `${reason} (superseded)` })
  }
  if (canTransition(status, 'adjudicated')) {
    go('adjudicated', note)
  } else {
    result.notes.push(`The claim is ${status}: its status was left as it is`)
  }
  if (
    status === 'adjudicated' &&
    result.outcome !== 'denied' &&
    owed() === 0 &&
    canTransition(status, 'closed')
  ) {
    go('closed', { ...note, reason: `${reason}; nothing more is owed by this payer` })
  }
  transitionPath(db, claim.id, claim.status, steps)
  result.status = status
}

/** What insurance still owes on the claim's lines (the ledger's sum). */
export function payerBalance(db: Database.Database, claim: MatchedClaim): number {
  return owedByPayer(claim, visitEntries.all<VisitLedgerLine>(db, { visitId: claim.visitId }))
}

/** Of a visit's ledger lines, what insurance still owes on the claim's lines. */
function owedByPayer(claim: MatchedClaim, visitLedger: readonly VisitLedgerLine[]): number {
  const lines = new Set(claim.lines.map((l) => l.visitLineNo))
  let owed = 0
  for (const e of visitLedger) {
    if ((e.line_no !== null && lines.has(e.line_no)) || e.claim_id === claim.id)
      owed += e.insurance_cents
  }
  return owed
}

function reverseEarlier(
  db: Database.Database,
  ctx: PostingContext,
  rc: RemitClaim,
  claim: MatchedClaim,
  result: PostedClaim,
): void {
  const ids = allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries as e')
      .select('e.id')
      .where('e.claim_id', '=', claim.id)
      .where('e.payment_id', 'is not', null)
      .where('e.payment_id', '!=', ctx.paymentId)
      .where('e.reverses_id', 'is', null)
      .where('e.kind', 'in', [
        'insurance_payment',
        'contractual',
        'patient_responsibility',
        'other_adjustment',
      ])
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('ledger_entries as r').select('r.id').whereRef('r.reverses_id', '=', 'e.id'),
          ),
        ),
      )
      .orderBy('e.id'),
  ).map((r) => r.id)
  if (ids.length === 0) {
    result.notes.push('The payer reversed a payment that was never posted here: nothing to reverse')
  } else {
    reverseEntries(db, ids, {
      user: ctx.user,
      at: ctx.at,
      effectiveDate: ctx.effectiveDate,
      source: `${ctx.source}, claim ${rc.patientControlNumber} (reversal)`,
      memo: `Payer reversal (CLP02 22), ${ctx.traceNumber}`,
    })
    result.notes.push(`Reversed ${ids.length} earlier ledger lines`)
  }
  recordHistory(db, claim.id, {
    user: ctx.user,
    at: ctx.at,
    from: claim.status,
    to: claim.status,
    reason: `835 ${ctx.traceNumber} from ${ctx.payerName}: the payer reversed its earlier payment`,
    sourceFile: ctx.sourceFile,
  })
}

function markCrossedOver(
  db: Database.Database,
  ctx: PostingContext,
  rc: RemitClaim,
  claim: MatchedClaim,
  released: number[],
): number[] {
  const marked: number[] = []
  for (const id of released) {
    const row = firstRow(db, storeQuery.selectFrom('claims').select('status').where('id', '=', id))
    if (!row) continue
    runQuery(
      db,
      storeQuery
        .insertInto('claim_crossovers')
        .values({
          claim_id: id,
          from_claim_id: claim.id,
          payer_name: rc.crossoverPayer ?? '',
          at: ctx.at,
          by: ctx.user,
        })
        .onConflict((oc) => oc.column('claim_id').doNothing()),
    )
    recordHistory(db, id, {
      user: ctx.user,
      at: ctx.at,
      from: row.status,
      to: row.status,
      reason: `Crossed over: ${ctx.payerName} forwarded claim ${rc.patientControlNumber} to ${rc.crossoverPayer || 'the next payer'} itself — do not send this claim unless that payer asks`,
      sourceFile: ctx.sourceFile,
    })
    // Scrubbed again now that it is marked: the crossover warning holds it from the batch.
    scrubClaim(db, id, { user: ctx.user, at: ctx.at }, ctx.at.slice(0, 10))
    marked.push(id)
  }
  return marked
}
