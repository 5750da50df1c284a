/**
 * The acknowledgments store: one row per answer about a claim, appended, never edited.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimStatus } from '../../shared/schemas/claim'
import { canTransition, transitionFrom } from '../claims/lifecycle'
import type { AcknowledgmentKind, AcknowledgmentStatus } from '../store/schema-acknowledgments'
import { allRows, statement, storeQuery } from '../store/sync-query'

export interface NewAcknowledgment {
  claimId: number | null
  batchId: number | null
  kind: AcknowledgmentKind
  status: AcknowledgmentStatus
  codes: string[]
  explanation: string
  payerClaimNumber?: string | null
  inboundFileId: number | null
  /** When the clearinghouse or payer said it (the file's date), ISO. */
  at: string
  recordedAt: string
  recordedBy: string
}

function ackValues(ack: NewAcknowledgment) {
  // The order of these keys is the order of the compiled statement's parameters.
  return {
    claim_id: ack.claimId,
    batch_id: ack.batchId,
    kind: ack.kind,
    status: ack.status,
    codes: JSON.stringify(ack.codes),
    explanation: ack.explanation,
    payer_claim_number: ack.payerClaimNumber ?? null,
    inbound_file_id: ack.inboundFileId,
    at: ack.at,
    recorded_at: ack.recordedAt,
    recorded_by: ack.recordedBy,
  }
}

// Compiled once: a 277CA records one row per claim, ten thousand in one file.
let insertSql: string | undefined

export function recordAcknowledgment(db: Database.Database, ack: NewAcknowledgment): void {
  const values = ackValues(ack)
  insertSql ??= storeQuery.insertInto('acknowledgments').values(values).compile().sql
  statement(db, insertSql).run(...Object.values(values))
}

export interface ClaimRef {
  id: number
  status: ClaimStatus
  patientControlNumber: string
}

/** Claims by patient control number, looked up in chunks (one query per 500). */
export function claimsByPcn(db: Database.Database, pcns: readonly string[]): Map<string, ClaimRef> {
  const found = new Map<string, ClaimRef>()
  const unique = [...new Set(pcns)]
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    for (const r of allRows(
      db,
      storeQuery
        .selectFrom('claims')
        .select(['id', 'status', 'patient_control_number'])
        .where('patient_control_number', 'in', chunk),
    )) {
      found.set(r.patient_control_number, {
        id: r.id,
        status: r.status,
        patientControlNumber: r.patient_control_number,
      })
    }
  }
  return found
}

/**
 * Moves a claim when its state allows it and says what happened; an answer that comes for a
 * claim already past that point (a second 277CA, a late 999) is kept in its timeline only.
 */
export function moveIfAllowed(
  db: Database.Database,
  claim: ClaimRef,
  to: ClaimStatus,
  note: {
    user: string
    at: string
    reason: string
    sourceFile: string
    payerClaimControlNumber?: string
  },
): boolean {
  if (claim.status === to || !canTransition(claim.status, to)) return false
  transitionFrom(db, claim.id, claim.status, to, {
    user: note.user,
    at: note.at,
    reason: note.reason,
    sourceFile: note.sourceFile,
    ...(note.payerClaimControlNumber
      ? { payerClaimControlNumber: note.payerClaimControlNumber }
      : {}),
  })
  claim.status = to
  return true
}

/** "2026-12-05" or "" → an ISO moment for the row (the file's date when it gives one). */
export function ackMoment(date: string, fallback: string): string {
  return date === '' ? fallback : `${date}T00:00:00.000Z`
}

/** ISA09 YYMMDD + ISA10 HHMM → ISO, or '' when not a date. */
export function isaMoment(date: string, time: string): string {
  if (!/^\d{6}$/.test(date)) return ''
  const hhmm = /^\d{4}$/.test(time) ? `${time.slice(0, 2)}:${time.slice(2)}` : '00:00'
  return `20${date.slice(0, 2)}-${date.slice(2, 4)}-${date.slice(4, 6)}T${hhmm}:00.000Z`
}
