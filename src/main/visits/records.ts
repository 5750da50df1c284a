import type Database from 'better-sqlite3-multiple-ciphers'
import type { VisitDetail, VisitStatus } from '../../shared/ops/visits'
import type { Visit } from '../../shared/schemas/visit'
import { DomainError } from '../errors'
import { EDITABLE } from '../claims/lifecycle'
import { moveVisitBalance } from '../ledger/summaries'
import { getDirectoryRow } from '../registration/directory'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'

export function visitTotal(visit: Visit): number {
  return visit.lines.reduce((sum, l) => sum + l.chargeCents, 0)
}

function patientName(db: Database.Database, patientId: number): string {
  const p = firstRow(
    db,
    storeQuery
      .selectFrom('patients')
      .select(['last_name', 'first_name'])
      .where('id', '=', patientId),
  )
  if (!p)
    throw new DomainError('not_found', `There is no patient #${patientId}.`, 'visit.patientId')
  return `${p.last_name}, ${p.first_name}`
}

/** The visit's references must exist: a claim cannot be built from a provider nobody knows. */
function assertReferences(db: Database.Database, visit: Visit): void {
  patientName(db, visit.patientId)
  getDirectoryRow(db, 'providers', visit.renderingProviderId)
  getDirectoryRow(db, 'locations', visit.locationId)
  if (visit.referringProviderId !== undefined)
    getDirectoryRow(db, 'referrers', visit.referringProviderId)
}

export function saveVisit(
  db: Database.Database,
  visitId: number | undefined,
  visit: Visit,
  now: string,
): number {
  assertReferences(db, visit)
  const columns = {
    patient_id: visit.patientId,
    date_of_service: visit.dateOfService,
    rendering_provider_id: visit.renderingProviderId,
    location_id: visit.locationId,
    total_cents: visitTotal(visit),
    data: JSON.stringify(visit),
    updated_at: now,
  }
  if (visitId === undefined) {
    const r = runQuery(
      db,
      storeQuery.insertInto('visits').values({ ...columns, status: 'draft', created_at: now }),
    )
    return Number(r.lastInsertRowid)
  }
  const status = visitStatus(db, visitId)
  if (status === 'billed') assertHeaderFix(db, visitId, visit)
  // Payments taken at the visit may already sit on its ledger.
  moveVisitBalance(db, visitId, columns)
  if (status === 'billed') {
    runQuery(db, storeQuery.updateTable('visits').set(columns).where('id', '=', visitId))
    return visitId
  }
  // Any change to a coded visit sends it back to draft: it must be checked again.
  runQuery(
    db,
    storeQuery
      .updateTable('visits')
      .set({ ...columns, status: 'draft' })
      .where('id', '=', visitId),
  )
  return visitId
}

export function visitStatus(db: Database.Database, visitId: number): VisitStatus {
  const row = firstRow(
    db,
    storeQuery.selectFrom('visits').select('status').where('id', '=', visitId),
  )
  if (!row) throw new DomainError('not_found', `There is no visit #${visitId}.`, 'visitId')
  return row.status
}

export function setVisitStatus(
  db: Database.Database,
  visitId: number,
  status: VisitStatus,
  now: string,
): void {
  runQuery(
    db,
    storeQuery.updateTable('visits').set({ status, updated_at: now }).where('id', '=', visitId),
  )
}

export function getVisit(db: Database.Database, visitId: number): VisitDetail {
  const row = firstRow(db, storeQuery.selectFrom('visits').selectAll().where('id', '=', visitId))
  if (!row) throw new DomainError('not_found', `There is no visit #${visitId}.`, 'visitId')
  const visit = JSON.parse(row.data) as Visit
  return {
    visitId: row.id,
    status: row.status,
    visit,
    patientName: patientName(db, row.patient_id),
    totalCents: row.total_cents,
    updatedAt: row.updated_at,
  }
}

export function listVisits(
  db: Database.Database,
  filter: {
    patientId?: number | undefined
    status?: VisitStatus | undefined
    from?: string | undefined
    to?: string | undefined
    limit: number
  },
) {
  let q = storeQuery
    .selectFrom('visits')
    .innerJoin('patients', 'patients.id', 'visits.patient_id')
    .innerJoin('providers', 'providers.id', 'visits.rendering_provider_id')
    .select([
      'visits.id',
      'visits.patient_id',
      'visits.date_of_service',
      'visits.status',
      'visits.total_cents',
      'visits.data',
      'patients.last_name',
      'patients.first_name',
      'providers.label',
    ])
    .orderBy('visits.date_of_service', 'desc')
    .orderBy('visits.id', 'desc')
    .limit(filter.limit)
  if (filter.patientId !== undefined) q = q.where('visits.patient_id', '=', filter.patientId)
  if (filter.status !== undefined) q = q.where('visits.status', '=', filter.status)
  if (filter.from !== undefined) q = q.where('visits.date_of_service', '>=', filter.from)
  if (filter.to !== undefined) q = q.where('visits.date_of_service', '<=', filter.to)
  return allRows(db, q).map((r) => {
    const visit = JSON.parse(r.data) as Visit
    return {
      visitId: r.id,
      patientId: r.patient_id,
      patientName: `${r.last_name}, ${r.first_name}`,
      dateOfService: r.date_of_service,
      provider: r.label,
      status: r.status,
      diagnoses: visit.diagnoses,
      codes: visit.lines.map((l) => l.code),
      totalCents: r.total_cents,
    }
  })
}

/**
 * A billed visit can still have its header fixed (a prior authorization number, the place of
 * service, the referring provider) while its claims are unsent: the scrubber points there, and
 * the next scrub carries the fix onto the claim. Codes and lines are the claim's own by then.
 */
function assertHeaderFix(db: Database.Database, visitId: number, visit: Visit): void {
  const before = getVisit(db, visitId).visit
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  const unchanged =
    before.patientId === visit.patientId &&
    before.dateOfService === visit.dateOfService &&
    before.renderingProviderId === visit.renderingProviderId &&
    before.locationId === visit.locationId &&
    same(before.diagnoses, visit.diagnoses) &&
    same(before.lines, visit.lines)
  if (!unchanged) {
    throw new DomainError(
      'conflict',
      'This visit is on a claim: change its codes and lines on the claim (or correct a sent claim).',
    )
  }
  const sent = firstRow(
    db,
    storeQuery
      .selectFrom('claims')
      .select('patient_control_number')
      .where('visit_id', '=', visitId)
      .where('status', 'not in', [...EDITABLE, 'voided'])
      .limit(1),
  )
  if (sent) {
    throw new DomainError(
      'conflict',
      `Claim ${sent.patient_control_number} for this visit is already queued or sent: correct the claim instead.`,
    )
  }
}

export function unsentClaimsOf(db: Database.Database, visitId: number): number[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('claims')
      .select('id')
      .where('visit_id', '=', visitId)
      .where('status', 'in', [...EDITABLE]),
  ).map((r) => r.id)
}
