import { coverageCovers } from '../../shared/validators/coveragePeriod'
/**
 * The snapshot of records a claim is written from (see claim.ts): taken when the claim is made,
 * refreshed while it is a draft or ready, frozen once it is queued.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimResponsibility } from '../../shared/schemas/claim'
import type { Coverage } from '../../shared/schemas/coverage'
import type { Patient } from '../../shared/schemas/patient'
import type { Visit } from '../../shared/schemas/visit'
import { DomainError } from '../errors'
import { coveragesOf } from '../patients/records'
import { getDirectoryRow, type DirectoryKind, type RecordOf } from '../registration/directory'
import { getPractice } from '../registration/practice'
import { storeQuery, firstRow } from '../store/sync-query'
import type { ClaimData, ClaimRecord, OtherPayer, Snapshotted } from './claim'

export interface ResponsibleCoverage {
  responsibility: ClaimResponsibility
  coverageId: number
  coverage: Coverage
}

/** The patient's coverages active on the date of service, primary first. */
export function coveragesOn(
  db: Database.Database,
  patientId: number,
  dateOfService: string,
): ResponsibleCoverage[] {
  return coveragesOf(db, patientId)
    .filter(({ coverage }) => coverageCovers(coverage, dateOfService))
    .map((row) => ({
      responsibility: row.coverage.order,
      coverageId: row.coverageId,
      coverage: row.coverage,
    }))
}

function directory<K extends DirectoryKind>(
  db: Database.Database,
  kind: K,
  id: number,
): Snapshotted<RecordOf<K>> {
  const row = getDirectoryRow(db, kind, id)
  return { id: row.id, active: row.active, record: row.record }
}

function patientOf(db: Database.Database, patientId: number): ClaimData['patient'] {
  const row = firstRow(
    db,
    storeQuery.selectFrom('patients').select(['account_no', 'data']).where('id', '=', patientId),
  )
  if (!row) throw new DomainError('not_found', `There is no patient #${patientId}.`, 'patientId')
  return { id: patientId, accountNo: row.account_no, record: JSON.parse(row.data) as Patient }
}

function coverageOf(db: Database.Database, coverageId: number): Coverage {
  const row = firstRow(
    db,
    storeQuery.selectFrom('coverages').select('data').where('id', '=', coverageId),
  )
  if (!row) throw new DomainError('not_found', `There is no coverage #${coverageId}.`, 'coverageId')
  return JSON.parse(row.data) as Coverage
}

function otherPayersOf(
  db: Database.Database,
  mine: number,
  coverages: readonly ResponsibleCoverage[],
  kept: readonly OtherPayer[] = [],
): OtherPayer[] {
  return coverages
    .filter((c) => c.coverageId !== mine)
    .map((c) => {
      const adjudication = kept.find((k) => k.coverageId === c.coverageId)?.adjudication
      return {
        responsibility: c.responsibility,
        coverageId: c.coverageId,
        coverage: c.coverage,
        payer: directory(db, 'payers', c.coverage.payerId),
        ...(adjudication ? { adjudication } : {}),
      }
    })
}

/** Everything the claim to one coverage needs, as the records stand now. */
export function takeSnapshot(
  db: Database.Database,
  visitId: number,
  visit: Visit,
  mine: ResponsibleCoverage,
  coverages: readonly ResponsibleCoverage[],
): ClaimData {
  return {
    v: 1,
    practice: getPractice(db).profile,
    patient: patientOf(db, visit.patientId),
    coverage: { id: mine.coverageId, record: mine.coverage },
    payer: directory(db, 'payers', mine.coverage.payerId),
    otherPayers: otherPayersOf(db, mine.coverageId, coverages),
    provider: directory(db, 'providers', visit.renderingProviderId),
    location: directory(db, 'locations', visit.locationId),
    referrer:
      visit.referringProviderId === undefined
        ? null
        : directory(db, 'referrers', visit.referringProviderId),
    visit: {
      id: visitId,
      dateOfService: visit.dateOfService,
      placeOfService: visit.placeOfService,
      priorAuthorization: visit.priorAuthorization ?? null,
      diagnoses: [...visit.diagnoses],
    },
    missing: [],
  }
}

/**
 * The snapshot re-read from the records, keeping the visit header (the claim's own diagnoses)
 * and any earlier payer's adjudication. A record deleted since keeps its old copy and is named
 * in `missing`, for the scrubber to say so.
 */
export function refreshSnapshot(db: Database.Database, claim: ClaimRecord): ClaimData {
  const old = claim.data
  const missing: string[] = []
  const keep = <T>(what: string, read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'not_found') throw err
      missing.push(what)
      return fallback
    }
  }
  const header = visitHeader(db, old.visit.id) ?? {
    placeOfService: old.visit.placeOfService,
    priorAuthorization: old.visit.priorAuthorization ?? undefined,
    referringProviderId: old.referrer?.id,
  }
  const coverage = keep('coverage', () => coverageOf(db, old.coverage.id), old.coverage.record)
  const coverages = keep(
    'coverages',
    () => coveragesOn(db, claim.patientId, claim.dateOfService),
    [],
  )
  return {
    v: 1,
    practice: getPractice(db).profile,
    patient: keep('patient', () => patientOf(db, old.patient.id), old.patient),
    coverage: { id: old.coverage.id, record: coverage },
    payer: keep('payer', () => directory(db, 'payers', old.payer.id), old.payer),
    otherPayers: missing.includes('coverages')
      ? old.otherPayers
      : otherPayersOf(db, old.coverage.id, coverages, old.otherPayers),
    provider: keep('provider', () => directory(db, 'providers', old.provider.id), old.provider),
    location: keep('location', () => directory(db, 'locations', old.location.id), old.location),
    referrer:
      header.referringProviderId === undefined
        ? null
        : keep(
            'referrer',
            () => directory(db, 'referrers', header.referringProviderId!),
            old.referrer,
          ),
    // The visit header may be fixed on the visit while the claim is unsent (a prior
    // authorization number, the place of service); the claim's own diagnoses stay as edited.
    visit: {
      ...old.visit,
      placeOfService: header.placeOfService,
      priorAuthorization: header.priorAuthorization ?? null,
    },
    missing,
  }
}

function visitHeader(db: Database.Database, visitId: number): Visit | null {
  const row = firstRow(db, storeQuery.selectFrom('visits').select('data').where('id', '=', visitId))
  return row ? (JSON.parse(row.data) as Visit) : null
}
