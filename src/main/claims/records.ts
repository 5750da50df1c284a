import type Database from 'better-sqlite3-multiple-ciphers'
import { cents } from '../../shared/money'
import type { Ndc } from '../../shared/schemas/visit'
import { DomainError } from '../errors'
import type { ClaimsTable } from '../store/schema-claims'
import { storeQuery, allRows, firstRow, runQuery } from '../store/sync-query'
import type { Actor, ClaimData, ClaimLine, ClaimRecord } from './claim'
import { lineTotal } from './total'

type ClaimRow = Omit<ClaimsTable, 'id'> & { id: number; data: string }

/** Claims with their snapshots (kept in claim_documents, apart from the row that changes). */
export function claimsWithData() {
  return storeQuery
    .selectFrom('claims')
    .innerJoin('claim_documents', 'claim_documents.claim_id', 'claims.id')
    .selectAll('claims')
    .select('claim_documents.data')
}

export function toClaimRecord(row: ClaimRow): ClaimRecord {
  return {
    id: row.id,
    visitId: row.visit_id,
    patientId: row.patient_id,
    payerId: row.payer_id,
    coverageId: row.coverage_id,
    renderingProviderId: row.rendering_provider_id,
    responsibility: row.responsibility,
    patientControlNumber: row.patient_control_number,
    frequency: row.frequency,
    replacesClaimId: row.replaces_claim_id,
    payerClaimControlNumber: row.payer_claim_control_number,
    originalReference: row.original_reference,
    status: row.status,
    outcome: row.outcome,
    dateOfService: row.date_of_service,
    totalCents: cents(row.total_cents),
    splitPart: row.split_part,
    splitCount: row.split_count,
    submittedAt: row.submitted_at,
    data: JSON.parse(row.data) as ClaimData,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function readClaim(db: Database.Database, claimId: number): ClaimRecord {
  const row = firstRow(db, claimsWithData().where('claims.id', '=', claimId))
  if (!row) throw new DomainError('not_found', `There is no claim #${claimId}.`, 'claimId')
  return toClaimRecord(row)
}

interface LineRow {
  claim_id: number
  line_no: number
  code: string
  modifiers: string
  units: number
  charge_cents: number
  pointers: string
  ndc: string | null
  line_control_number: string
}

export function toClaimLine(row: LineRow): ClaimLine {
  return {
    lineNo: row.line_no,
    code: row.code,
    modifiers: JSON.parse(row.modifiers) as string[],
    units: row.units,
    chargeCents: cents(row.charge_cents),
    pointers: JSON.parse(row.pointers) as number[],
    ndc: row.ndc === null ? null : (JSON.parse(row.ndc) as Ndc),
    lineControlNumber: row.line_control_number,
  }
}

const LINE_COLUMNS = [
  'claim_id',
  'line_no',
  'code',
  'modifiers',
  'units',
  'charge_cents',
  'pointers',
  'ndc',
  'line_control_number',
] as const

export function readLines(db: Database.Database, claimId: number): ClaimLine[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('claim_lines')
      .select(LINE_COLUMNS)
      .where('claim_id', '=', claimId)
      .orderBy('line_no'),
  ).map(toClaimLine)
}

/** Lines of many claims in one query, by claim id (the batch reads thousands at once). */
export function readLinesOf(
  db: Database.Database,
  claimIds: readonly number[],
): Map<number, ClaimLine[]> {
  const byClaim = new Map<number, ClaimLine[]>()
  // SQLite binds at most 32,766 parameters per statement; 500 keeps the statement cache small.
  for (let start = 0; start < claimIds.length; start += 500) {
    const ids = claimIds.slice(start, start + 500)
    const rows = allRows(
      db,
      storeQuery
        .selectFrom('claim_lines')
        .select(LINE_COLUMNS)
        .where('claim_id', 'in', ids)
        .orderBy('claim_id')
        .orderBy('line_no'),
    )
    for (const row of rows) {
      let list = byClaim.get(row.claim_id)
      if (!list) byClaim.set(row.claim_id, (list = []))
      list.push(toClaimLine(row))
    }
  }
  return byClaim
}

export interface NewClaim {
  visitId: number
  patientId: number
  payerId: number
  coverageId: number
  renderingProviderId: number
  responsibility: ClaimRecord['responsibility']
  patientControlNumber: string
  frequency: ClaimRecord['frequency']
  replacesClaimId: number | null
  /** Frequency 7/8: the payer's number of the claim replaced or voided (REF*F8). */
  originalReference: string | null
  dateOfService: string
  splitPart: number
  splitCount: number
  data: ClaimData
}

/** Inserts the claim as a draft with its lines; the caller records its history. */
export function insertClaim(
  db: Database.Database,
  claim: NewClaim,
  lines: readonly ClaimLine[],
  actor: Actor,
): number {
  const result = runQuery(
    db,
    storeQuery.insertInto('claims').values({
      visit_id: claim.visitId,
      patient_id: claim.patientId,
      payer_id: claim.payerId,
      coverage_id: claim.coverageId,
      rendering_provider_id: claim.renderingProviderId,
      responsibility: claim.responsibility,
      patient_control_number: claim.patientControlNumber,
      frequency: claim.frequency,
      replaces_claim_id: claim.replacesClaimId,
      payer_claim_control_number: null,
      original_reference: claim.originalReference,
      status: 'draft',
      outcome: null,
      date_of_service: claim.dateOfService,
      total_cents: lineTotal(lines),
      split_part: claim.splitPart,
      split_count: claim.splitCount,
      submitted_at: null,
      created_at: actor.at,
      updated_at: actor.at,
    }),
  )
  const claimId = Number(result.lastInsertRowid)
  runQuery(
    db,
    storeQuery
      .insertInto('claim_documents')
      .values({ claim_id: claimId, data: JSON.stringify(claim.data) }),
  )
  writeLines(db, claimId, lines)
  return claimId
}

function writeLines(db: Database.Database, claimId: number, lines: readonly ClaimLine[]): void {
  for (const line of lines) {
    runQuery(
      db,
      storeQuery.insertInto('claim_lines').values({
        claim_id: claimId,
        line_no: line.lineNo,
        code: line.code,
        modifiers: JSON.stringify(line.modifiers),
        units: line.units,
        charge_cents: line.chargeCents,
        pointers: JSON.stringify(line.pointers),
        ndc: line.ndc === null ? null : JSON.stringify(line.ndc),
        line_control_number: line.lineControlNumber,
      }),
    )
  }
}

/** A claim not yet sent gets new lines: the old ones (and their control numbers) never left. */
export function replaceLines(
  db: Database.Database,
  claimId: number,
  lines: readonly ClaimLine[],
  actor: Actor,
): void {
  runQuery(db, storeQuery.deleteFrom('claim_lines').where('claim_id', '=', claimId))
  writeLines(db, claimId, lines)
  runQuery(
    db,
    storeQuery
      .updateTable('claims')
      .set({ total_cents: lineTotal(lines), updated_at: actor.at })
      .where('id', '=', claimId),
  )
}

export function saveClaimData(
  db: Database.Database,
  claimId: number,
  data: ClaimData,
  at: string,
): void {
  runQuery(
    db,
    storeQuery
      .updateTable('claim_documents')
      .set({ data: JSON.stringify(data) })
      .where('claim_id', '=', claimId),
  )
  runQuery(db, storeQuery.updateTable('claims').set({ updated_at: at }).where('id', '=', claimId))
}

/** The REF*F8 of a replacement or void not yet sent (the biller may correct it). */
export function setOriginalReference(
  db: Database.Database,
  claimId: number,
  value: string | null,
  at: string,
): void {
  runQuery(
    db,
    storeQuery
      .updateTable('claims')
      .set({ original_reference: value, updated_at: at })
      .where('id', '=', claimId),
  )
}
