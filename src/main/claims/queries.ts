/** What the claims screens read: the list (fast, filtered, paged) and one claim in full. */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { SelectQueryBuilder } from 'kysely'
import type { AgeBucket, ClaimDetail, ClaimStatus, ClaimSummary } from '../../shared/schemas/claim'
import type { StoreSchema } from '../store/schema'
import { storeQuery, allRows, firstRow } from '../store/sync-query'
import { claimActions } from './actions'
import { readFindings } from './findings'
import { historyOf } from './history'
import { readClaim, readLines } from './records'

export interface ClaimFilter {
  status?: ClaimStatus[] | undefined
  payerId?: number | undefined
  providerId?: number | undefined
  patientId?: number | undefined
  patientControlNumber?: string | undefined
  /** Dates of service from / through (ISO days, inclusive). */
  serviceFrom?: string | undefined
  serviceTo?: string | undefined
  age?: { from: 'service' | 'submission'; bucket: AgeBucket } | undefined
  /** Leave out queued claims already in a batch waiting for upload (the outbox's queue). */
  unbatched?: boolean | undefined
  offset: number
  limit: number
}

const BUCKET_DAYS: Record<AgeBucket, [number, number | null]> = {
  '0-30': [0, 30],
  '31-60': [31, 60],
  '61-90': [61, 90],
  '91-120': [91, 120],
  '121+': [121, null],
}

function dayOffset(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}

type From = 'claims' | 'patients' | 'payers' | 'providers'

function filtered<O>(
  query: SelectQueryBuilder<StoreSchema, From, O>,
  filter: ClaimFilter,
  today: string,
): SelectQueryBuilder<StoreSchema, From, O> {
  let q = query
  if (filter.status && filter.status.length > 0) q = q.where('claims.status', 'in', filter.status)
  if (filter.unbatched) {
    q = q.where('claims.id', 'not in', (sub) =>
      sub
        .selectFrom('batch_claims')
        .innerJoin('batches', 'batches.id', 'batch_claims.batch_id')
        .select('batch_claims.claim_id')
        .where('batches.sent_at', 'is', null),
    )
  }
  if (filter.payerId !== undefined) q = q.where('claims.payer_id', '=', filter.payerId)
  if (filter.providerId !== undefined) {
    q = q.where('claims.rendering_provider_id', '=', filter.providerId)
  }
  if (filter.patientId !== undefined) q = q.where('claims.patient_id', '=', filter.patientId)
  if (filter.patientControlNumber !== undefined) {
    q = q.where('claims.patient_control_number', '=', filter.patientControlNumber)
  }
  if (filter.serviceFrom) q = q.where('claims.date_of_service', '>=', filter.serviceFrom)
  if (filter.serviceTo) q = q.where('claims.date_of_service', '<=', filter.serviceTo)
  if (filter.age) {
    const [min, max] = BUCKET_DAYS[filter.age.bucket]
    // Ages are whole days: a claim is 0–30 days old from 30 days ago through today.
    const newest = dayOffset(today, min)
    const oldest = max === null ? null : dayOffset(today, max)
    if (filter.age.from === 'service') {
      q = q.where('claims.date_of_service', '<=', newest)
      if (oldest) q = q.where('claims.date_of_service', '>=', oldest)
    } else {
      // submitted_at is a full timestamp: compare its day.
      q = q
        .where('claims.submitted_at', 'is not', null)
        .where('claims.submitted_at', '<', `${newest}~`)
      if (oldest) q = q.where('claims.submitted_at', '>=', oldest)
    }
  }
  return q
}

function base() {
  return storeQuery
    .selectFrom('claims')
    .innerJoin('patients', 'patients.id', 'claims.patient_id')
    .innerJoin('payers', 'payers.id', 'claims.payer_id')
    .innerJoin('providers', 'providers.id', 'claims.rendering_provider_id')
}

/**
 * What this claim's payer paid (835 payments, less reversals), and what insurance still owes on
 * its lines: its charges less everything posted by any claim of the same visit part — the
 * primary's payment and adjustments lower what the secondary is owed.
 */
function withMoney() {
  return base().select((eb) => [
    eb
      .selectFrom('ledger_entries')
      .select((e) =>
        e.fn.coalesce(e.fn.sum<number>('ledger_entries.insurance_cents'), e.lit(0)).as('x'),
      )
      .whereRef('ledger_entries.claim_id', '=', 'claims.id')
      .where('ledger_entries.kind', '=', 'insurance_payment')
      .as('paid_cents'),
    eb
      .selectFrom('ledger_entries')
      .innerJoin('claims as part', 'part.id', 'ledger_entries.claim_id')
      .select((e) =>
        e.fn.coalesce(e.fn.sum<number>('ledger_entries.insurance_cents'), e.lit(0)).as('x'),
      )
      .whereRef('part.visit_id', '=', 'claims.visit_id')
      .whereRef('part.split_part', '=', 'claims.split_part')
      .where('ledger_entries.kind', '<>', 'charge')
      .as('settled_cents'),
  ])
}

const SUMMARY_COLUMNS = [
  'claims.id',
  'claims.patient_control_number',
  'claims.visit_id',
  'claims.patient_id',
  'patients.last_name',
  'patients.first_name',
  'claims.payer_id',
  'payers.label as payer_label',
  'claims.rendering_provider_id',
  'providers.label as provider_label',
  'claims.date_of_service',
  'claims.status',
  'claims.outcome',
  'claims.responsibility',
  'claims.frequency',
  'claims.split_part',
  'claims.split_count',
  'claims.total_cents',
  'claims.submitted_at',
  'claims.payer_claim_control_number',
] as const

/** Errors and unacknowledged warnings per claim, for the claims on one page. */
function findingCounts(
  db: Database.Database,
  claimIds: readonly number[],
): Map<number, { errors: number; warnings: number }> {
  const counts = new Map<number, { errors: number; warnings: number }>()
  if (claimIds.length === 0) return counts
  const rows = allRows(
    db,
    storeQuery
      .selectFrom('claim_findings')
      .select(['claim_id', 'severity', (eb) => eb.fn.countAll<number>().as('n')])
      .where('claim_id', 'in', claimIds)
      .where('acknowledged_by', 'is', null)
      .groupBy(['claim_id', 'severity']),
  )
  for (const r of rows) {
    const c = counts.get(r.claim_id) ?? { errors: 0, warnings: 0 }
    if (r.severity === 'error') c.errors = r.n
    else c.warnings = r.n
    counts.set(r.claim_id, c)
  }
  return counts
}

type SummaryRow = {
  paid_cents: number | null
  settled_cents: number | null
  id: number
  patient_control_number: string
  visit_id: number
  patient_id: number
  last_name: string
  first_name: string
  payer_id: number
  payer_label: string
  rendering_provider_id: number
  provider_label: string
  date_of_service: string
  status: ClaimStatus
  outcome: ClaimSummary['outcome']
  responsibility: ClaimSummary['responsibility']
  frequency: ClaimSummary['frequency']
  split_part: number
  split_count: number
  total_cents: number
  submitted_at: string | null
  payer_claim_control_number: string | null
}

function toSummary(
  r: SummaryRow,
  counts: { errors: number; warnings: number } | undefined,
): ClaimSummary {
  return {
    claimId: r.id,
    patientControlNumber: r.patient_control_number,
    visitId: r.visit_id,
    patientId: r.patient_id,
    patientName: `${r.last_name}, ${r.first_name}`,
    payerId: r.payer_id,
    payerName: r.payer_label,
    providerId: r.rendering_provider_id,
    providerName: r.provider_label,
    dateOfService: r.date_of_service,
    status: r.status,
    outcome: r.outcome,
    responsibility: r.responsibility,
    frequency: r.frequency,
    splitPart: r.split_part,
    splitCount: r.split_count,
    totalCents: r.total_cents,
    submittedAt: r.submitted_at,
    payerClaimControlNumber: r.payer_claim_control_number,
    // Payments lower what insurance owes, so they are stored negative.
    paidCents: 0 - Number(r.paid_cents ?? 0),
    balanceCents: r.total_cents + Number(r.settled_cents ?? 0),
    errors: counts?.errors ?? 0,
    warnings: counts?.warnings ?? 0,
  }
}

export function listClaims(
  db: Database.Database,
  filter: ClaimFilter,
  today: string,
): {
  rows: ClaimSummary[]
  count: number
  totalCents: number
  visitCount: number
  chargesCents: number
} {
  const totals = firstRow(
    db,
    filtered(
      base().select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.coalesce(eb.fn.sum<number>('claims.total_cents'), eb.lit(0)).as('cents'),
      ]),
      filter,
      today,
    ),
  )
  const once = visitCharges(db, filter, today)
  const rows = allRows(
    db,
    filtered(withMoney().select(SUMMARY_COLUMNS), filter, today)
      .orderBy('claims.date_of_service', 'desc')
      .orderBy('claims.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset),
  ) as SummaryRow[]
  const counts = findingCounts(
    db,
    rows.map((r) => r.id),
  )
  return {
    rows: rows.map((r) => toSummary(r, counts.get(r.id))),
    count: totals?.n ?? 0,
    totalCents: Number(totals?.cents ?? 0),
    visitCount: once.visits,
    chargesCents: once.cents,
  }
}

/**
 * The charges behind the matching claims, each visit part counted once: a held secondary or a
 * replacement bills the same services again, and is not more money owed to the practice.
 * Of several claims of one part, the newest one's total counts (a replacement may change it).
 */
function visitCharges(
  db: Database.Database,
  filter: ClaimFilter,
  today: string,
): { visits: number; cents: number } {
  const parts = filtered(
    base().select((eb) => [
      'claims.visit_id',
      'claims.split_part',
      eb.fn.max('claims.id').as('newest'),
    ]),
    filter,
    today,
  ).groupBy(['claims.visit_id', 'claims.split_part'])
  const row = firstRow(
    db,
    storeQuery
      .selectFrom(parts.as('part'))
      .innerJoin('claims', 'claims.id', 'part.newest')
      .select((eb) => [
        eb.fn.count<number>('part.visit_id').distinct().as('visits'),
        eb.fn.coalesce(eb.fn.sum<number>('claims.total_cents'), eb.lit(0)).as('cents'),
      ]),
  )
  return { visits: row?.visits ?? 0, cents: Number(row?.cents ?? 0) }
}

export function claimSummaries(db: Database.Database, claimIds: readonly number[]): ClaimSummary[] {
  if (claimIds.length === 0) return []
  const rows = allRows(
    db,
    withMoney().select(SUMMARY_COLUMNS).where('claims.id', 'in', claimIds).orderBy('claims.id'),
  ) as SummaryRow[]
  const counts = findingCounts(db, claimIds)
  return rows.map((r) => toSummary(r, counts.get(r.id)))
}

export function claimDetail(db: Database.Database, claimId: number): ClaimDetail {
  const claim = readClaim(db, claimId)
  const [summary] = claimSummaries(db, [claimId])
  const replacedBy = firstRow(
    db,
    storeQuery
      .selectFrom('claims')
      .select('id')
      .where('replaces_claim_id', '=', claimId)
      .orderBy('id', 'desc'),
  )
  const batch = firstRow(
    db,
    storeQuery
      .selectFrom('batch_claims')
      .innerJoin('batches', 'batches.id', 'batch_claims.batch_id')
      .select(['batches.id', 'batches.file_name'])
      .where('batch_claims.claim_id', '=', claimId)
      .orderBy('batches.id', 'desc'),
  )
  return {
    ...summary!,
    accountNo: claim.data.patient.accountNo,
    placeOfService: claim.data.visit.placeOfService,
    diagnoses: claim.data.visit.diagnoses,
    replacesClaimId: claim.replacesClaimId,
    replacedByClaimId: replacedBy?.id ?? null,
    payerClaimControlNumber: claim.payerClaimControlNumber,
    originalReference: claim.originalReference,
    batch: batch ? { batchId: batch.id, fileName: batch.file_name } : null,
    lines: readLines(db, claimId).map((l) => ({
      lineNo: l.lineNo,
      code: l.code,
      modifiers: l.modifiers,
      units: l.units,
      chargeCents: l.chargeCents,
      pointers: l.pointers,
      ndc: l.ndc,
      lineControlNumber: l.lineControlNumber,
    })),
    findings: readFindings(db, claimId),
    history: historyOf(db, claimId),
    actions: claimActions(db, claimId),
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  }
}
