/**
 * An insurance check or paper EOB entered by hand: the check (payer, number, date, amount) is a
 * payment like an 835's EFT, and each claim on the EOB is posted by the 835 engine itself — the
 * lines typed in become the same CLP/SVC/CAS answer `postRemitClaim` posts, so a check and an
 * ERA saying the same thing leave the same ledger lines. Whatever part of the check is not
 * applied to a claim line stays visibly unapplied on the check until someone applies it.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents, formatCents } from '../../shared/money'
import { DomainError } from '../errors'
import type { PostedBy } from '../ledger/entries'
import { claimAmounts } from '../remits/amounts'
import { loadClaim, type MatchedClaim } from '../remits/match'
import { postRemitClaim } from '../remits/post'
import type { PostedClaim } from '../remits/types'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'
import type { CasGroup, RemitClaim, RemitLine } from '../x12/read835'

const $ = (c: number) => formatCents(cents(c))

export interface CheckHeader {
  payerId: number
  checkNumber: string
  checkDate: string
  amountCents: number
  memo?: string | undefined
}

export interface CheckLine {
  lineNo: number
  paidCents: number
  adjustments: { group: CasGroup; reason: string; amountCents: number }[]
  remarks: string[]
}

export interface CheckClaim {
  claimId: number
  payerClaimNumber?: string | undefined
  lines: CheckLine[]
}

export interface CheckSummary {
  paymentId: number
  payerId: number | null
  payerName: string
  checkNumber: string
  checkDate: string
  amountCents: number
  appliedCents: number
  unappliedCents: number
  recordedBy: string
  recordedAt: string
  claims: {
    claimId: number
    patientControlNumber: string
    patientName: string
    paidCents: number
  }[]
}

/** Records a new check (refusing one already entered), returning its payment id. */
export function recordCheck(db: Database.Database, check: CheckHeader, by: PostedBy): number {
  const payer = firstRow(
    db,
    storeQuery.selectFrom('payers').select(['id', 'label']).where('id', '=', check.payerId),
  )
  if (!payer) throw new DomainError('not_found', 'Pick the payer that sent the check.', 'payerId')
  const key = `check:${payer.id}:${check.checkNumber.toUpperCase()}`
  const earlier = firstRow(
    db,
    storeQuery
      .selectFrom('payments')
      .select(['id', 'recorded_at', 'recorded_by'])
      .where('trace_key', '=', key),
  )
  if (earlier) {
    throw new DomainError(
      'conflict',
      `Check ${check.checkNumber} from ${payer.label} was already entered on ` +
        `${earlier.recorded_at.slice(0, 10)} by ${earlier.recorded_by}: open it from the ` +
        'checks list to apply what is left of it.',
      'checkNumber',
    )
  }
  return Number(
    runQuery(
      db,
      storeQuery.insertInto('payments').values({
        source: 'insurance',
        method: 'check',
        received_date: check.checkDate,
        amount_cents: check.amountCents,
        payer_id: payer.id,
        patient_id: null,
        payer_name: payer.label,
        reference: check.checkNumber,
        trace_key: key,
        card_last4: null,
        inbound_file_id: null,
        deposit_id: null,
        memo: check.memo ?? 'Insurance check entered by hand',
        recorded_at: by.at,
        recorded_by: by.user,
        voided_at: null,
        voided_by: null,
        void_reason: null,
      }),
    ).lastInsertRowid,
  )
}

/**
 * Posts the EOB's claims against a check, all or nothing: every line must balance (charge −
 * adjustments = paid) and the check cannot pay out more than its amount.
 */
export function postCheckClaims(
  db: Database.Database,
  paymentId: number,
  claims: readonly CheckClaim[],
  by: PostedBy,
): PostedClaim[] {
  const check = checkRow(db, paymentId)
  const entered = claims.flatMap((c) => c.lines).reduce((s, l) => s + l.paidCents, 0)
  const unapplied = check.amount_cents - appliedCents(db, paymentId)
  if (entered > unapplied) {
    throw new DomainError(
      'invalid_input',
      `These lines pay ${$(entered)}, but only ${$(unapplied)} of check ${check.reference} ` +
        `(${$(check.amount_cents)}) is unapplied. Check the paid amounts or the check amount.`,
    )
  }
  refuseUnknownReasons(db, claims)
  const seen = new Set<number>()
  return claims.map((c) => {
    if (seen.has(c.claimId)) {
      throw new DomainError('invalid_input', `Claim #${c.claimId} is entered twice on this EOB.`)
    }
    seen.add(c.claimId)
    const claim = loadClaim(db, c.claimId)
    if (!claim) throw new DomainError('not_found', `There is no claim #${c.claimId}.`)
    if (check.payer_id !== null && claim.payerId !== check.payer_id) {
      throw new DomainError(
        'invalid_input',
        `Claim ${claim.patientControlNumber} is billed to another payer, not to ${check.payer_name}: ` +
          'post it on that payer’s check.',
      )
    }
    const remit = remitOf(claim, c)
    return postRemitClaim(
      db,
      {
        user: by.user,
        at: by.at,
        paymentId,
        payerId: check.payer_id,
        payerName: check.payer_name,
        effectiveDate: check.received_date,
        source: `Check ${check.reference} from ${check.payer_name}, entered by ${by.user}`,
        sourceFile: `check ${check.reference}`,
        traceNumber: check.reference,
      },
      remit,
      claim,
    )
  })
}

/** A reason code must be on the imported CARC list, when one is imported. */
function refuseUnknownReasons(db: Database.Database, claims: readonly CheckClaim[]): void {
  const reasons = [
    ...new Set(claims.flatMap((c) => c.lines.flatMap((l) => l.adjustments.map((a) => a.reason)))),
  ]
  if (reasons.length === 0) return
  const known = (codes: string[]) =>
    allRows(
      db,
      storeQuery
        .selectFrom('codes')
        .select('code')
        .distinct()
        .where('list', '=', 'carc')
        .$if(codes.length > 0, (q) => q.where('code', 'in', codes))
        .limit(codes.length > 0 ? codes.length : 1),
    ).map((r) => r.code)
  if (known([]).length === 0) return
  const found = new Set(known(reasons))
  const unknown = reasons.filter((r) => !found.has(r))
  if (unknown.length > 0) {
    throw new DomainError(
      'invalid_input',
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not on the imported CARC list: ` +
        'pick the adjustment reason from the list, as printed on the EOB.',
    )
  }
}

/** The EOB as the 835 would have said it: CLP totals from the lines, SVC per line, CAS. */
function remitOf(claim: MatchedClaim, input: CheckClaim): RemitClaim {
  const lines: RemitLine[] = input.lines.map((l, i) => {
    const line = claim.lines.find((x) => x.lineNo === l.lineNo)
    if (!line) {
      throw new DomainError(
        'invalid_input',
        `Claim ${claim.patientControlNumber} has no line ${l.lineNo}.`,
      )
    }
    const adjusted = l.adjustments.reduce((s, a) => s + a.amountCents, 0)
    if (line.chargeCents - adjusted !== l.paidCents) {
      throw new DomainError(
        'invalid_input',
        `Claim ${claim.patientControlNumber}, line ${l.lineNo} (${line.code}): charge ` +
          `${$(line.chargeCents)} − adjustments ${$(adjusted)} = ${$(line.chargeCents - adjusted)}, ` +
          `but the paid amount is ${$(l.paidCents)}. Add or correct an adjustment so the line balances.`,
      )
    }
    return {
      qualifier: 'HC',
      code: line.code,
      modifiers: line.modifiers,
      chargeCents: line.chargeCents,
      paidCents: l.paidCents,
      units: '',
      billed: null,
      lineControlNumber: line.lineControlNumber,
      serviceDate: claim.dateOfService,
      adjustments: l.adjustments.map((a) => ({ ...a, quantity: '', segment: 0 })),
      remarks: l.remarks,
      amounts: [],
      segment: i,
    }
  })
  if (lines.length === 0) {
    throw new DomainError(
      'invalid_input',
      `Enter at least one line for claim ${claim.patientControlNumber}.`,
    )
  }
  const all = lines.flatMap((l) => l.adjustments)
  const paid = lines.reduce((s, l) => s + l.paidCents, 0)
  const patient = all.filter((a) => a.group === 'PR').reduce((s, a) => s + a.amountCents, 0)
  return {
    patientControlNumber: claim.patientControlNumber,
    // As the payer would code it: processed in our order of benefits, denied when nothing was paid
    // and nothing moved to the patient.
    statusCode:
      paid === 0 && patient === 0
        ? '4'
        : { primary: '1', secondary: '2', tertiary: '3' }[claim.responsibility],
    chargeCents: lines.reduce((s, l) => s + l.chargeCents, 0),
    paidCents: paid,
    patientResponsibilityCents: patient,
    filingIndicator: '',
    payerClaimNumber: input.payerClaimNumber ?? '',
    adjustments: [],
    patient: { last: '', first: '', memberId: '' },
    crossoverPayer: null,
    refs: {},
    dates: {},
    amounts: [],
    remarks: [],
    lines,
    segment: 0,
  }
}

function checkRow(db: Database.Database, paymentId: number) {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('payments')
      .select([
        'id',
        'payer_id',
        'payer_name',
        'reference',
        'received_date',
        'amount_cents',
        'method',
        'source',
        'inbound_file_id',
        'voided_at',
        'recorded_at',
        'recorded_by',
      ])
      .where('id', '=', paymentId),
  )
  if (!row || row.source !== 'insurance' || row.method !== 'check' || row.inbound_file_id) {
    throw new DomainError('not_found', `There is no insurance check #${paymentId}.`)
  }
  if (row.voided_at) throw new DomainError('conflict', `Check ${row.reference} was voided.`)
  return row
}

/** What the check has paid on claim lines so far (the ledger's sum). */
export function appliedCents(db: Database.Database, paymentId: number): number {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('ledger_entries')
      .select((eb) => eb.fn.sum<number>('insurance_cents').as('total'))
      .where('payment_id', '=', paymentId)
      .where('kind', '=', 'insurance_payment'),
  )
  return -(row?.total ?? 0)
}

export function checkSummary(db: Database.Database, paymentId: number): CheckSummary {
  const check = checkRow(db, paymentId)
  const applied = appliedCents(db, paymentId)
  const claims = allRows(
    db,
    storeQuery
      .selectFrom('remit_claims as r')
      .innerJoin('claims as c', 'c.id', 'r.claim_id')
      .innerJoin('patients as p', 'p.id', 'c.patient_id')
      .select([
        'r.claim_id',
        'r.paid_cents',
        'c.patient_control_number',
        'p.last_name',
        'p.first_name',
      ])
      .where('r.payment_id', '=', paymentId)
      .orderBy('r.id'),
  )
  return {
    paymentId,
    payerId: check.payer_id,
    payerName: check.payer_name,
    checkNumber: check.reference,
    checkDate: check.received_date,
    amountCents: check.amount_cents,
    appliedCents: applied,
    unappliedCents: check.amount_cents - applied,
    recordedBy: check.recorded_by,
    recordedAt: check.recorded_at,
    claims: claims.map((c) => ({
      claimId: c.claim_id,
      patientControlNumber: c.patient_control_number,
      patientName: `${c.last_name}, ${c.first_name}`,
      paidCents: c.paid_cents,
    })),
  }
}

/** Checks entered by hand, newest first; `open` keeps those with money still unapplied. */
export function listChecks(db: Database.Database, open: boolean): CheckSummary[] {
  const ids = allRows(
    db,
    storeQuery
      .selectFrom('payments')
      .select('id')
      .where('source', '=', 'insurance')
      .where('method', '=', 'check')
      .where('inbound_file_id', 'is', null)
      .where('voided_at', 'is', null)
      .orderBy('received_date', 'desc')
      .orderBy('id', 'desc')
      .limit(500),
  )
  const all = ids.map((r) => checkSummary(db, r.id))
  return open ? all.filter((c) => c.unappliedCents !== 0) : all
}

export interface CheckClaimChoice {
  claimId: number
  patientControlNumber: string
  patientName: string
  accountNo: string
  dateOfService: string
  status: string
  lines: {
    lineNo: number
    code: string
    modifiers: string[]
    chargeCents: number
    balanceCents: number
  }[]
}

/**
 * The payer's claims an EOB may pay: sent and not yet closed, found by claim number, patient
 * name or account number as printed on the EOB.
 */
export function claimsForCheck(
  db: Database.Database,
  payerId: number,
  text: string,
): CheckClaimChoice[] {
  const words = text.trim().toUpperCase()
  let q = storeQuery
    .selectFrom('claims as c')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select([
      'c.id',
      'c.patient_control_number',
      'c.date_of_service',
      'c.status',
      'p.last_name',
      'p.first_name',
      'p.account_no',
    ])
    .where('c.payer_id', '=', payerId)
    .where('c.status', 'in', ['submitted', 'accepted', 'acknowledged', 'adjudicated'])
  if (words) {
    q = q.where((eb) =>
      eb.or([
        eb('c.patient_control_number', 'like', `${words}%`),
        eb('p.account_no', '=', words),
        eb(eb.fn('upper', ['p.last_name']), 'like', `${words.split(/[ ,]+/)[0]}%`),
      ]),
    )
  }
  const rows = allRows(db, q.orderBy('c.date_of_service', 'desc').orderBy('c.id').limit(50))
  return rows.map((r) => {
    const amounts = claimAmounts(db, r.id)
    return {
      claimId: r.id,
      patientControlNumber: r.patient_control_number,
      patientName: `${r.last_name}, ${r.first_name}`,
      accountNo: r.account_no,
      dateOfService: r.date_of_service,
      status: r.status,
      lines: amounts.lines.map((l) => ({
        lineNo: l.lineNo,
        code: l.code,
        modifiers: l.modifiers,
        chargeCents: l.chargeCents,
        balanceCents: l.balanceCents,
      })),
    }
  })
}
