/**
 * The follow-up queue, computed from the ledger and the claims every time it is read: every
 * denied or partly denied line the payer answered (835), every claim sent without an answer
 * after the payer's follow-up days (default 30), and every rejection (999/TA1/277CA). What
 * people add to an item (owner, follow-up date, notes, done) is kept in followup_items.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { DeniedLine, FollowUpItem, FollowUpReason } from '../../shared/ops/followup'
import type { ClaimSummary } from '../../shared/schemas/claim'
import { rejections } from '../acknowledgments/worklist'
import { claimSummaries } from '../claims/queries'
import { getDirectoryRow } from '../registration/directory'
import { claimAmounts } from '../remits/amounts'
import { allRows, storeQuery } from '../store/sync-query'
import { codeDescriber } from './codes'
import { itemStates } from './state'

/**
 * Adjustments that are the ordinary outcome of a paid claim, not a denial: the contracted
 * write-down (CO-45), sequestration (CO-253), the patient's deductible, coinsurance and copay
 * (PR-1/2/3) and a prior payer's adjudication (OA-23).
 */
const ROUTINE: ReadonlySet<string> = new Set(['CO-45', 'CO-253', 'PR-1', 'PR-2', 'PR-3', 'OA-23'])
export const isRoutine = (group: string, reason: string) => ROUTINE.has(`${group}-${reason}`)

const DEFAULT_FOLLOW_UP_DAYS = 30
const TIMELY_WARNING_DAYS = 30
const DAY_MS = 86_400_000

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS)
}

export interface PayerRules {
  timelyFilingDays: number
  followUpDays: number
}

function payerRules(db: Database.Database): (payerId: number) => PayerRules {
  const cache = new Map<number, PayerRules>()
  return (payerId) => {
    let r = cache.get(payerId)
    if (!r) {
      const record = getDirectoryRow(db, 'payers', payerId).record as {
        timelyFilingDays?: number
        followUpDays?: number
      }
      r = {
        timelyFilingDays: record.timelyFilingDays ?? 365,
        followUpDays: record.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS,
      }
      cache.set(payerId, r)
    }
    return r
  }
}

/** Amount in dollars weighted by age; items close to the timely-filing limit go first. */
export function priorityOf(amountCents: number, ageDays: number, daysLeft: number): number {
  const base = Math.round((amountCents / 100) * (1 + Math.max(0, ageDays) / 30))
  return base + (daysLeft >= 0 && daysLeft <= TIMELY_WARNING_DAYS ? 1000 : 0)
}

interface Found {
  summary: ClaimSummary
  reason: FollowUpReason
  reasonText: string
  amountCents: number
  partial: boolean
  lines: DeniedLine[]
  payerClaimNumber: string | null
}

/** The denied lines of one answered claim (empty when nothing was denied). */
export function deniedLines(db: Database.Database, claimId: number): DeniedLine[] {
  const amounts = claimAmounts(db, claimId)
  const describe = codeDescriber(db)
  const remarks = remarksByLine(db, claimId)
  const out: DeniedLine[] = []
  for (const l of amounts.lines) {
    const reasons = l.adjustments
      .filter((a) => a.amountCents > 0 && !isRoutine(a.group, a.reason))
      .map((a) => ({
        group: a.group,
        code: a.reason,
        amountCents: a.amountCents,
        description: describe('carc', a.reason),
      }))
    if (reasons.length === 0) continue
    out.push({
      lineNo: l.lineNo,
      code: l.code,
      modifiers: l.modifiers,
      chargeCents: l.chargeCents,
      paidCents: l.insurancePaidCents,
      deniedCents: reasons.reduce((s, r) => s + r.amountCents, 0),
      reasons,
      remarks: (remarks.get(l.lineNo) ?? []).map((code) => ({
        group: '',
        code,
        amountCents: 0,
        description: describe('rarc', code),
      })),
    })
  }
  return out
}

/** RARCs on the claim's ledger lines, by claim line number. */
function remarksByLine(db: Database.Database, claimId: number): Map<number, string[]> {
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries')
      .innerJoin('claim_lines', 'claim_lines.id', 'ledger_entries.claim_line_id')
      .select(['claim_lines.line_no', 'ledger_entries.remark_codes'])
      .where('ledger_entries.claim_id', '=', claimId)
      .where('ledger_entries.remark_codes', '!=', '[]'),
  )
  const out = new Map<number, string[]>()
  for (const r of rows) {
    const list = out.get(r.line_no) ?? []
    for (const c of JSON.parse(r.remark_codes) as string[]) if (!list.includes(c)) list.push(c)
    out.set(r.line_no, list)
  }
  return out
}

const CLOSED_OUT = ['corrected', 'voided'] as const

function denials(db: Database.Database): Found[] {
  const candidates = [
    ...new Set(
      allRows(
        db,
        storeQuery
          .selectFrom('ledger_entries')
          .innerJoin('claims', 'claims.id', 'ledger_entries.claim_id')
          .select([
            'ledger_entries.claim_id',
            'ledger_entries.group_code',
            'ledger_entries.reason_code',
          ])
          .distinct()
          .where('ledger_entries.kind', 'in', [
            'contractual',
            'patient_responsibility',
            'other_adjustment',
          ])
          .where('ledger_entries.group_code', 'is not', null)
          .where('claims.status', 'not in', [...CLOSED_OUT]),
      )
        .filter((r) => !isRoutine(r.group_code!, r.reason_code ?? ''))
        .map((r) => r.claim_id!),
    ),
  ]
  const summaries = new Map(claimSummaries(db, candidates).map((s) => [s.claimId, s]))
  const out: Found[] = []
  for (const id of candidates) {
    const summary = summaries.get(id)
    if (!summary) continue
    const lines = deniedLines(db, id)
    if (lines.length === 0) continue
    const amounts = claimAmounts(db, id)
    const partial = amounts.insurancePaidCents > 0 || lines.length < amounts.lines.length
    const codes = [...new Set(lines.flatMap((l) => l.reasons.map((r) => `${r.group}-${r.code}`)))]
    const first = lines[0]!.reasons[0]!
    out.push({
      summary,
      reason: 'denial',
      reasonText: `${partial ? 'Partly denied' : 'Denied'} ${codes.join(', ')}: ${first.description || 'see the remittance'}`,
      amountCents: lines.reduce((s, l) => s + l.deniedCents, 0),
      partial,
      lines,
      payerClaimNumber: amounts.payerClaimNumber,
    })
  }
  return out
}

function noAnswers(
  db: Database.Database,
  today: string,
  rules: (id: number) => PayerRules,
): Found[] {
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('claims')
      .select(['claims.id', 'claims.payer_id', 'claims.submitted_at'])
      .where('claims.status', 'in', ['submitted', 'accepted', 'acknowledged'])
      .where('claims.submitted_at', 'is not', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('remit_claims')
              .select('remit_claims.id')
              .whereRef('remit_claims.claim_id', '=', 'claims.id'),
          ),
        ),
      ),
  )
  const late = rows.filter(
    (r) => daysBetween(r.submitted_at!, today) >= rules(r.payer_id).followUpDays,
  )
  return claimSummaries(
    db,
    late.map((r) => r.id),
  ).map((summary) => {
    const days = daysBetween(summary.submittedAt!, today)
    return {
      summary,
      reason: 'no_answer' as const,
      reasonText: `Sent ${days} days ago (${summary.submittedAt!.slice(0, 10)}) and no answer from the payer yet: call or check the payer's portal.`,
      amountCents: summary.totalCents,
      partial: false,
      lines: [],
      payerClaimNumber: summary.payerClaimControlNumber,
    }
  })
}

function rejected(db: Database.Database): Found[] {
  return rejections(db).map((r) => ({
    summary: r,
    reason: 'rejection' as const,
    reasonText: `Rejected${r.kind ? ` (${r.kind})` : ''}: ${r.reason}`,
    amountCents: r.totalCents,
    partial: false,
    lines: [],
    payerClaimNumber: r.payerClaimControlNumber,
  }))
}

/** Every item on the queue, highest priority first. */
export function followUpQueue(
  db: Database.Database,
  today: string,
  options: { includeDone?: boolean; claimId?: number } = {},
): FollowUpItem[] {
  const rules = payerRules(db)
  const found = [...denials(db), ...noAnswers(db, today, rules), ...rejected(db)].filter(
    (f) => options.claimId === undefined || f.summary.claimId === options.claimId,
  )
  const states = itemStates(
    db,
    found.map((f) => f.summary.claimId),
  )
  const accounts = accountNumbers(
    db,
    found.map((f) => f.summary.patientId),
  )
  const items: FollowUpItem[] = found.map((f) => {
    const s = f.summary
    const state = states.get(`${f.reason}:${s.claimId}`)
    const ageDays = Math.max(0, daysBetween(s.dateOfService, today))
    const daysLeft = rules(s.payerId).timelyFilingDays - ageDays
    return {
      claimId: s.claimId,
      reason: f.reason,
      reasonText: f.reasonText,
      patientControlNumber: s.patientControlNumber,
      patientId: s.patientId,
      patientName: s.patientName,
      accountNo: accounts.get(s.patientId) ?? '',
      visitId: s.visitId,
      payerId: s.payerId,
      payerName: s.payerName,
      dateOfService: s.dateOfService,
      claimStatus: s.status,
      payerClaimNumber: f.payerClaimNumber,
      amountCents: f.amountCents,
      ageDays,
      priority: priorityOf(f.amountCents, ageDays, daysLeft),
      timelyFilingDaysLeft: daysLeft,
      timelyFilingWarning:
        daysLeft < 0 ? 'passed' : daysLeft <= TIMELY_WARNING_DAYS ? 'soon' : null,
      partial: f.partial,
      lines: f.lines,
      owner: state?.owner ?? null,
      followUpDate: state?.followUpDate ?? null,
      status: state?.status ?? 'open',
      notes: state?.notes ?? [],
    }
  })
  return items
    .filter((i) => options.includeDone || i.status === 'open')
    .sort((a, b) => b.priority - a.priority || a.claimId - b.claimId)
}

function accountNumbers(db: Database.Database, patientIds: number[]): Map<number, string> {
  const ids = [...new Set(patientIds)]
  const out = new Map<number, string>()
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of allRows(
      db,
      storeQuery
        .selectFrom('patients')
        .select(['id', 'account_no'])
        .where('id', 'in', ids.slice(i, i + 500)),
    )) {
      out.set(r.id, r.account_no)
    }
  }
  return out
}
