import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimResponsibility, ClaimStatus } from '../../shared/schemas/claim'
import { allRows, storeQuery } from '../store/sync-query'
import { responsibilityRank } from './responsibility'

/**
 * The claims of the same visit and part to the payers after `after` (a secondary, a tertiary):
 * the ones that wait on its adjudication, or carry it. Optionally only those in `statuses`.
 */
export function laterClaims(
  db: Database.Database,
  of: { visitId: number; splitPart: number },
  after: ClaimResponsibility,
  statuses?: readonly ClaimStatus[],
) {
  let q = storeQuery
    .selectFrom('claims')
    .select(['id', 'responsibility', 'status', 'patient_control_number'])
    .where('visit_id', '=', of.visitId)
    .where('split_part', '=', of.splitPart)
  if (statuses) q = q.where('status', 'in', statuses)
  const rank = responsibilityRank(after)
  return allRows(db, q.orderBy('id')).filter((c) => responsibilityRank(c.responsibility) > rank)
}
