/**
 * Applies an 835 file: read it, check that every transaction balances, refuse it when its
 * check or EFT was already posted, then post each transaction set (ST…SE) inside the file's
 * transaction — all of the file or nothing of it. This is the inbox's 835 processor: files
 * imported by hand and files downloaded from the clearinghouse run this code.
 *
 * No savepoint per transaction set: a failure anywhere undoes the whole file anyway, and an open
 * savepoint makes SQLite copy every page each statement touches into its sub-journal, which
 * cost a tenth of a 10,000-claim posting (and ten times more once a statement fires a trigger).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents, formatCents } from '../../shared/money'
import { DomainError } from '../errors'
import type { InboundFile } from '../inbox/files'
import { summedOnce } from '../ledger/summaries'
import type { Processed, ProcessContext } from '../inbox/process'
import type { PaymentsTable } from '../store/schema-ledger'
import { firstRow, runQuery, storeQuery } from '../store/sync-query'
import { read835, Remit835Error, type RemitTransaction } from '../x12/read835'
import { balanceProblems } from './balance'
import { eraFileWords } from './ledger'
import { ClaimsToPost, findClaimByControlNumber } from './match'
import { postRemitClaim, type PostingContext } from './post'
import type { KeptFile, PostedClaim, PostedFile, PostedTransaction } from './types'

const METHODS: Record<string, PaymentsTable['method']> = {
  ACH: 'eft',
  FWT: 'eft',
  CHK: 'check',
  NON: 'none',
  BOP: 'other',
}

/** The payer's identity for duplicate checks: TRN03 (1 + its EIN), else its N1*PR id or name. */
export function traceKey(tx: RemitTransaction): string {
  const payer = tx.originator || tx.payer.id || tx.payer.name
  return `${payer}:${tx.traceNumber}`
}

export function process835(
  db: Database.Database,
  file: InboundFile,
  text: string,
  ctx: ProcessContext,
): Processed {
  let remit
  try {
    remit = read835(text)
  } catch (err) {
    if (err instanceof Remit835Error) throw new DomainError('invalid_input', err.message)
    throw err
  }
  const unbalanced = remit.transactions.flatMap((tx) =>
    balanceProblems(tx).map((p) => `Transaction ${tx.controlNumber} (${tx.traceNumber}): ${p}`),
  )
  if (unbalanced.length > 0) {
    throw new DomainError(
      'invalid_input',
      `This 835 does not balance, so nothing of it was posted. ${unbalanced.join(' ')}`,
    )
  }
  const posted: PostedFile = { transactions: [], problems: remit.problems }
  summedOnce(db, () => {
    for (const tx of remit.transactions) {
      posted.transactions.push(postTransaction(db, file, tx, ctx))
    }
  })
  return { outcome: summary(posted), detail: posted, kept: keptOf(posted) }
}

/**
 * What the file's record keeps: every payment, and the claims a person may come back for
 * (unmatched, reversed, or posted with a note). What every other claim and line posted is in
 * remit_claims and the ledger, which is where the claim and the patient's ledger read it.
 */
export function keptOf(posted: PostedFile): KeptFile {
  return {
    problems: posted.problems,
    transactions: posted.transactions.map((t) => {
      const claims = t.claims.filter(
        (c) => c.action !== 'posted' || c.notes.length > 0 || c.lines.some((l) => l.note !== ''),
      )
      return { ...t, claims, claimCount: t.claims.length }
    }),
  }
}

function refuseDuplicate(db: Database.Database, tx: RemitTransaction, key: string): void {
  const earlier = firstRow(
    db,
    storeQuery
      .selectFrom('payments')
      .leftJoin('inbound_files', 'inbound_files.id', 'payments.inbound_file_id')
      .select([
        'payments.recorded_at',
        'payments.recorded_by',
        'inbound_files.original_name as fileName',
      ])
      .where('payments.trace_key', '=', key),
  )
  if (!earlier) return
  throw new DomainError(
    'conflict',
    `Payment ${tx.traceNumber} from ${tx.payer.name || 'this payer'} was already posted on ` +
      `${earlier.recorded_at.slice(0, 10)} at ${earlier.recorded_at.slice(11, 16)} by ` +
      `${earlier.recorded_by}${earlier.fileName ? ` (file ${earlier.fileName})` : ''}: ` +
      'nothing was posted again.',
  )
}

function postTransaction(
  db: Database.Database,
  file: InboundFile,
  tx: RemitTransaction,
  ctx: ProcessContext,
): PostedTransaction {
  const key = traceKey(tx)
  refuseDuplicate(db, tx, key)
  let payerId: number | null = null
  for (const rc of tx.claims) {
    payerId = findClaimByControlNumber(db, rc.patientControlNumber)?.payerId ?? null
    if (payerId !== null) break
  }
  const effectiveDate = tx.paymentDate || ctx.at.slice(0, 10)
  const paymentId = Number(
    runQuery(
      db,
      storeQuery.insertInto('payments').values({
        source: 'insurance',
        method: METHODS[tx.method] ?? 'other',
        received_date: effectiveDate,
        amount_cents: tx.paymentCents,
        payer_id: payerId,
        patient_id: null,
        payer_name: tx.payer.name,
        reference: tx.traceNumber,
        trace_key: key,
        card_last4: null,
        inbound_file_id: file.id,
        deposit_id: null,
        memo: `835 ${file.originalName}, transaction ${tx.controlNumber}`,
        recorded_at: ctx.at,
        recorded_by: ctx.user,
        voided_at: null,
        voided_by: null,
        void_reason: null,
      }),
    ).lastInsertRowid,
  )
  const posting: PostingContext = {
    user: ctx.user,
    at: ctx.at,
    paymentId,
    payerId,
    payerName: tx.payer.name || 'the payer',
    effectiveDate,
    source: eraFileWords(file.id, file.originalName),
    sourceFile: file.originalName,
    traceNumber: tx.traceNumber,
  }
  const result: PostedTransaction = {
    controlNumber: tx.controlNumber,
    traceNumber: tx.traceNumber,
    payerName: tx.payer.name,
    paymentCents: tx.paymentCents,
    method: tx.method,
    paymentDate: effectiveDate,
    paymentId,
    claims: [],
    providerAdjustments: [],
  }
  const toPost = new ClaimsToPost(
    db,
    tx.claims.map((c) => c.patientControlNumber),
  )
  for (const rc of tx.claims) {
    const found = toPost.take(rc.patientControlNumber)
    result.claims.push(
      found
        ? postRemitClaim(db, posting, rc, found.claim, found.visit)
        : queueUnmatched(db, posting, file, rc),
    )
  }
  for (const a of tx.providerAdjustments) {
    runQuery(
      db,
      storeQuery.insertInto('provider_adjustments').values({
        payment_id: paymentId,
        fiscal_period_date: a.fiscalPeriodDate || effectiveDate,
        reason_code: a.reason,
        reference: a.reference,
        amount_cents: a.amountCents,
        posted_at: ctx.at,
        posted_by: ctx.user,
        reverses_id: null,
      }),
    )
    result.providerAdjustments.push({
      reason: a.reason,
      reference: a.reference,
      amountCents: a.amountCents,
    })
  }
  return result
}

function queueUnmatched(
  db: Database.Database,
  ctx: PostingContext,
  file: InboundFile,
  rc: RemitTransaction['claims'][number],
): PostedClaim {
  runQuery(
    db,
    storeQuery.insertInto('unmatched_remits').values({
      payment_id: ctx.paymentId,
      inbound_file_id: file.id,
      patient_control_number: rc.patientControlNumber,
      payer_claim_number: rc.payerClaimNumber,
      status_code: rc.statusCode,
      charge_cents: rc.chargeCents,
      paid_cents: rc.paidCents,
      segment: rc.segment,
      remit: JSON.stringify(rc),
      received_at: ctx.at,
      assigned_claim_id: null,
      assigned_at: null,
      assigned_by: null,
    }),
  )
  return {
    patientControlNumber: rc.patientControlNumber,
    statusCode: rc.statusCode,
    action: 'unmatched',
    claimId: null,
    outcome: null,
    status: null,
    chargeCents: rc.chargeCents,
    paidCents: rc.paidCents,
    patientResponsibilityCents: rc.patientResponsibilityCents,
    payerClaimNumber: rc.payerClaimNumber,
    lines: [],
    notes: [
      `No claim has patient control number ${rc.patientControlNumber}: kept in the unmatched remittances to assign by hand`,
    ],
    releasedClaimIds: [],
    crossedOverClaimIds: [],
  }
}

function summary(posted: PostedFile): string {
  const claims = posted.transactions.flatMap((t) => t.claims)
  const total = posted.transactions.reduce((s, t) => s + t.paymentCents, 0)
  const unmatched = claims.filter((c) => c.action === 'unmatched').length
  const reversed = claims.filter((c) => c.action === 'reversed').length
  const dollars = formatCents(cents(total))
  return (
    `Posted ${posted.transactions.length} payment${posted.transactions.length === 1 ? '' : 's'} ` +
    `(${dollars}) for ${claims.length - unmatched} claim${claims.length - unmatched === 1 ? '' : 's'}` +
    (reversed ? `, ${reversed} reversal${reversed === 1 ? '' : 's'}` : '') +
    (unmatched ? `; ${unmatched} unmatched, waiting to be assigned` : '') +
    (posted.problems.length ? `; ${posted.problems.length} segment(s) skipped` : '') +
    '.'
  )
}
