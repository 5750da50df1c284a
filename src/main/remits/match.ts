/**
 * Which claim and which claim line an 835 answer is about. CLP01 echoes our patient control
 * number (837 CLM01). A line is matched by REF*6R, the line control number we sent (837 2400
 * REF*6R); payers that do not echo it are matched on procedure + date + charge, the way a biller
 * would read the EOB — and when the payer dropped or changed a modifier, the line says so.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimResponsibility, ClaimStatus } from '../../shared/schemas/claim'
import { allRows, firstRow, storeQuery } from '../store/sync-query'
import { compiledOnce } from '../store/compiled'
import type { RemitLine } from '../x12/read835'

export interface MatchedClaim {
  id: number
  visitId: number
  patientId: number
  payerId: number
  responsibility: ClaimResponsibility
  status: ClaimStatus
  dateOfService: string
  splitPart: number
  patientControlNumber: string
  lines: MatchedClaimLine[]
}

export interface MatchedClaimLine {
  id: number
  lineNo: number
  /** The visit's line number: ledger lines are kept per visit line. */
  visitLineNo: number
  code: string
  modifiers: string[]
  chargeCents: number
  lineControlNumber: string
}

export function findClaimByControlNumber(
  db: Database.Database,
  patientControlNumber: string,
): MatchedClaim | null {
  const row = claimByNumber.get<{ id: number }>(db, { pcn: patientControlNumber })
  return row ? loadClaim(db, row.id) : null
}

export function loadClaim(db: Database.Database, claimId: number): MatchedClaim | null {
  const c = claimRow.get<ClaimRow>(db, { claimId })
  if (!c) return null
  const lines = claimLines.all<LineRow>(db, { claimId: c.id })
  const offset = c.split_part > 1 ? visitLineOffset(db, c) : 0
  return toMatched(c, lines, offset)
}

const claimByNumber = compiledOnce(['pcn'] as const, (v) =>
  storeQuery.selectFrom('claims').select('id').where('patient_control_number', '=', v.pcn),
)

const CLAIM_COLUMNS = [
  'id',
  'visit_id',
  'patient_id',
  'payer_id',
  'responsibility',
  'status',
  'date_of_service',
  'split_part',
  'patient_control_number',
] as const

const LINE_COLUMNS = [
  'id',
  'line_no',
  'code',
  'modifiers',
  'charge_cents',
  'line_control_number',
] as const

const claimRow = compiledOnce(['claimId'] as const, (v) =>
  storeQuery.selectFrom('claims').select(CLAIM_COLUMNS).where('id', '=', v.claimId),
)

const claimLines = compiledOnce(['claimId'] as const, (v) =>
  storeQuery
    .selectFrom('claim_lines')
    .select(LINE_COLUMNS)
    .where('claim_id', '=', v.claimId)
    .orderBy('line_no'),
)

interface ClaimRow {
  id: number
  visit_id: number
  patient_id: number
  payer_id: number
  responsibility: ClaimResponsibility
  status: ClaimStatus
  date_of_service: string
  split_part: number
  patient_control_number: string
}

interface LineRow {
  id: number
  line_no: number
  code: string
  modifiers: string
  charge_cents: number
  line_control_number: string
}

function toMatched(c: ClaimRow, lines: LineRow[], offset: number): MatchedClaim {
  return {
    id: c.id,
    visitId: c.visit_id,
    patientId: c.patient_id,
    payerId: c.payer_id,
    responsibility: c.responsibility,
    status: c.status,
    dateOfService: c.date_of_service,
    splitPart: c.split_part,
    patientControlNumber: c.patient_control_number,
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      visitLineNo: offset + l.line_no,
      code: l.code,
      modifiers: JSON.parse(l.modifiers) as string[],
      chargeCents: l.charge_cents,
      lineControlNumber: l.line_control_number,
    })),
  }
}

/** A ledger line of a visit as the payer's balance needs it (post.ts owedByPayer). */
export interface VisitLedgerLine {
  line_no: number | null
  claim_id: number | null
  insurance_cents: number
}

/** What posting a claim reads of its visit, as it stood before, when that was read ahead. */
export interface VisitAhead {
  ledger: VisitLedgerLine[]
  /** The visit's claims still waiting (draft, ready): a secondary this payer's answer releases. */
  waitingClaimIds: number[]
}

export interface ClaimToPost {
  claim: MatchedClaim
  visit: VisitAhead | null
}

/** A later payer's claim waits for this payer's answer in these statuses (release.ts). */
export const WAITING = ['draft', 'ready'] as const satisfies readonly ClaimStatus[]

/** Keeps IN lists to a few statement texts in the prepared cache. */
const READ_AHEAD = 500

/**
 * The claims an 835 transaction answers, read ahead in a few queries instead of four keyed reads
 * per claim (a tenth of posting 10,000 claims). What was read ahead is handed out only while
 * nothing was posted on its visit: a second answer on a visit (a reversal and its correction, or
 * the primary's and the secondary's) reads the claim and its ledger again, as the first left them.
 */
export class ClaimsToPost {
  private readonly claims = new Map<string, MatchedClaim>()
  private readonly visits = new Map<number, VisitAhead>()
  private readonly postedVisits = new Set<number>()

  constructor(
    private readonly db: Database.Database,
    controlNumbers: readonly string[],
  ) {
    const numbers = [...new Set(controlNumbers)]
    for (let i = 0; i < numbers.length; i += READ_AHEAD)
      this.readAhead(numbers.slice(i, i + READ_AHEAD))
  }

  /** The claim with this patient control number, or null; its visit counts as posted from now. */
  take(controlNumber: string): ClaimToPost | null {
    const ahead = this.claims.get(controlNumber)
    this.claims.delete(controlNumber)
    const fresh = ahead && !this.postedVisits.has(ahead.visitId)
    const claim = fresh ? ahead : findClaimByControlNumber(this.db, controlNumber)
    if (!claim) return null
    const visit = fresh ? (this.visits.get(claim.visitId) ?? null) : null
    this.postedVisits.add(claim.visitId)
    return { claim, visit }
  }

  private readAhead(numbers: string[]): void {
    const rows = allRows(
      this.db,
      storeQuery
        .selectFrom('claims')
        .select(CLAIM_COLUMNS)
        .where('patient_control_number', 'in', numbers),
    ).filter((c) => c.split_part === 1) // a later part's line numbers need its visit's first part
    if (rows.length === 0) return
    const lines = new Map<number, LineRow[]>()
    for (const l of allRows(
      this.db,
      storeQuery
        .selectFrom('claim_lines')
        .select(['claim_id', ...LINE_COLUMNS])
        .where(
          'claim_id',
          'in',
          rows.map((c) => c.id),
        )
        .orderBy('claim_id')
        .orderBy('line_no'),
    )) {
      const list = lines.get(l.claim_id)
      if (list) list.push(l)
      else lines.set(l.claim_id, [l])
    }
    const visitIds = [...new Set(rows.map((c) => c.visit_id))]
    for (const id of visitIds) this.visits.set(id, { ledger: [], waitingClaimIds: [] })
    for (const e of allRows(
      this.db,
      storeQuery
        .selectFrom('ledger_entries')
        .select(['visit_id', 'line_no', 'claim_id', 'insurance_cents'])
        .where('visit_id', 'in', visitIds),
    ))
      this.visits.get(e.visit_id!)!.ledger.push(e)
    for (const c of allRows(
      this.db,
      storeQuery
        .selectFrom('claims')
        .select(['id', 'visit_id'])
        .where('visit_id', 'in', visitIds)
        .where('status', 'in', WAITING),
    ))
      this.visits.get(c.visit_id)!.waitingClaimIds.push(c.id)
    for (const c of rows)
      this.claims.set(c.patient_control_number, toMatched(c, lines.get(c.id) ?? [], 0))
  }
}

/** A split visit's part p starts after the lines of parts 1…p−1 (all parts but the last are equal). */
function visitLineOffset(
  db: Database.Database,
  c: { visit_id: number; responsibility: ClaimResponsibility; split_part: number },
): number {
  const first = firstRow(
    db,
    storeQuery
      .selectFrom('claims')
      .innerJoin('claim_lines', 'claim_lines.claim_id', 'claims.id')
      .select((eb) => eb.fn.count<number>('claim_lines.id').as('n'))
      .where('claims.visit_id', '=', c.visit_id)
      .where('claims.responsibility', '=', c.responsibility)
      .where('claims.split_part', '=', 1)
      .where('claims.frequency', '=', '1'),
  )
  return (c.split_part - 1) * Number(first?.n ?? 0)
}

export interface LineMatch {
  line: MatchedClaimLine | null
  /** How it matched, or why it did not, in words for the line. */
  note: string
}

/** Matches each 835 service line to a claim line, each claim line used once. */
export function matchLines(claim: MatchedClaim, remitLines: readonly RemitLine[]): LineMatch[] {
  const used = new Set<number>()
  return remitLines.map((r) => {
    if (r.lineControlNumber) {
      const byRef = claim.lines.find(
        (l) => !used.has(l.id) && l.lineControlNumber === r.lineControlNumber,
      )
      if (byRef) {
        used.add(byRef.id)
        return { line: byRef, note: modifierNote(byRef, r) }
      }
    }
    const code = r.billed?.code || r.code
    const date = r.serviceDate ?? claim.dateOfService
    const candidates = claim.lines.filter(
      (l) =>
        !used.has(l.id) &&
        l.code === code &&
        l.chargeCents === r.chargeCents &&
        date === claim.dateOfService,
    )
    const mods = (r.billed?.modifiers ?? r.modifiers).join(':')
    const best = candidates.find((l) => l.modifiers.join(':') === mods) ?? candidates[0]
    if (!best) {
      return {
        line: null,
        note: `No line of claim ${claim.patientControlNumber} is ${code} on ${date} for the same charge: posted to the visit, not to a line`,
      }
    }
    used.add(best.id)
    return { line: best, note: modifierNote(best, r) }
  })
}

function modifierNote(line: MatchedClaimLine, r: RemitLine): string {
  const paid = r.modifiers
  const billed = line.modifiers
  const notes: string[] = []
  if (r.code !== line.code) notes.push(`the payer adjudicated ${r.code} for ${line.code}`)
  const dropped = billed.filter((m) => !paid.includes(m))
  const added = paid.filter((m) => !billed.includes(m))
  if (dropped.length > 0 && added.length === 0) {
    notes.push(`the payer dropped modifier ${dropped.join(', ')}`)
  } else if (dropped.length > 0 || added.length > 0) {
    notes.push(
      `the payer changed the modifiers from ${billed.join(', ') || 'none'} to ${paid.join(', ') || 'none'}`,
    )
  }
  return notes.join('; ')
}
