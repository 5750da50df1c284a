/** Scrubbing a stored claim: refresh its snapshot if it is unsent, run the rules, keep the findings. */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ScrubFindingLine } from '../../shared/ops/claims'
import {
  OPEN_CLAIM_STATUSES,
  type ClaimFinding,
  type ClaimStatus,
} from '../../shared/schemas/claim'
import { storeQuery, allRows, firstRow } from '../store/sync-query'
import type { Actor, ClaimLine, ClaimRecord } from './claim'
import { blockers, readFindings, storeFindings } from './findings'
import { EDITABLE, transition } from './lifecycle'
import { readClaim, readLines, saveClaimData } from './records'
import { scrub, type ScrubCodes, type ScrubContext } from './scrubber'
import { storeScrubCodes } from './scrubCodes'
import { responsibilityRank } from './responsibility'
import { refreshSnapshot } from './snapshot'

/** Claims no longer in play: a duplicate of one of these is not a duplicate. */
const GONE: readonly ClaimStatus[] = ['voided', 'corrected']

export function scrubContext(
  db: Database.Database,
  claim: ClaimRecord,
  lines: readonly ClaimLine[],
  today: string,
  codes: ScrubCodes,
): ScrubContext {
  const earlier = allRows(
    db,
    storeQuery
      .selectFrom('claims')
      .select(['id', 'patient_control_number', 'responsibility', 'status', 'split_part'])
      .where('visit_id', '=', claim.visitId)
      .where('id', '<>', claim.id)
      .where('responsibility', '<>', claim.responsibility)
      .where('status', 'not in', GONE)
      .orderBy('id'),
  )
    // Only the payers billed before this one: a primary never waits on its secondary.
    .filter((r) => responsibilityRank(r.responsibility) < responsibilityRank(claim.responsibility))
    .map((r) => ({
      claimId: r.id,
      patientControlNumber: r.patient_control_number,
      responsibility: r.responsibility,
      status: r.status,
      splitPart: r.split_part,
    }))
  const lookalikes = allRows(
    db,
    storeQuery
      .selectFrom('claims')
      .innerJoin('claim_lines', 'claim_lines.claim_id', 'claims.id')
      .select(['claims.patient_control_number', 'claims.rendering_provider_id', 'claim_lines.code'])
      .where('claims.patient_id', '=', claim.patientId)
      .where('claims.date_of_service', '=', claim.dateOfService)
      .where('claims.payer_id', '=', claim.payerId)
      .where('claims.visit_id', '<>', claim.visitId)
      .where('claims.status', 'not in', GONE),
  ).map((r) => ({
    patientControlNumber: r.patient_control_number,
    code: r.code,
    renderingProviderId: r.rendering_provider_id,
  }))
  const crossed = firstRow(
    db,
    storeQuery
      .selectFrom('claim_crossovers as x')
      .innerJoin('claims as c', 'c.id', 'x.from_claim_id')
      .select(['x.payer_name', 'c.patient_control_number'])
      .where('x.claim_id', '=', claim.id),
  )
  const crossover = crossed
    ? { payerName: crossed.payer_name, fromPatientControlNumber: crossed.patient_control_number }
    : null
  return { claim, lines, today, codes, earlier, lookalikes, crossover }
}

export interface ScrubOutcome {
  claim: ClaimRecord
  findings: ClaimFinding[]
}

/**
 * Scrubs one claim in one transaction. A draft or ready claim is first refreshed from the
 * records, then becomes ready when clean (every warning acknowledged) or goes back to draft
 * when not. A claim already queued or sent keeps its snapshot and status; its findings are
 * only brought up to date.
 */
export function scrubClaim(
  db: Database.Database,
  claimId: number,
  actor: Actor,
  today: string,
  codes: ScrubCodes = storeScrubCodes(db),
): ScrubOutcome {
  return db.transaction(() => {
    let claim = readClaim(db, claimId)
    if (EDITABLE.includes(claim.status)) {
      const data = refreshSnapshot(db, claim)
      saveClaimData(db, claimId, data, actor.at)
      claim = { ...claim, data }
    }
    const findings = storeFindings(
      db,
      claimId,
      scrub(scrubContext(db, claim, readLines(db, claimId), today, codes)),
    )
    settle(db, claim, findings, actor, 'Scrubbed')
    return { claim: readClaim(db, claimId), findings }
  })()
}

/** Moves an unsent claim between draft and ready to match its findings. */
export function settle(
  db: Database.Database,
  claim: ClaimRecord,
  findings: readonly ClaimFinding[] = readFindings(db, claim.id),
  actor: Actor,
  why: string,
): void {
  const { errors, warnings } = blockers(findings)
  const clean = errors === 0 && warnings === 0
  if (claim.status === 'draft' && clean) {
    transition(db, claim.id, 'ready', {
      ...actor,
      reason: `${why}: no errors, warnings acknowledged`,
    })
  } else if (claim.status === 'ready' && !clean) {
    transition(db, claim.id, 'draft', { ...actor, reason: `${why}: ${describe(errors, warnings)}` })
  }
}

export function describe(errors: number, warnings: number): string {
  const parts: string[] = []
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`)
  if (warnings > 0)
    parts.push(`${warnings} unacknowledged ${warnings === 1 ? 'warning' : 'warnings'}`)
  return parts.join(' and ')
}

export interface ScrubRun {
  scrubbed: number
  ready: number
  held: number
  findings: ScrubFindingLine[]
}

/**
 * Re-scrubs every draft and ready claim (with `all`, every open claim: a sent claim keeps its
 * snapshot and status, its findings are brought up to date), in one transaction.
 */
export function scrubAll(
  db: Database.Database,
  all: boolean,
  actor: Actor,
  today: string,
): ScrubRun {
  return db.transaction(() => {
    const statuses = all ? OPEN_CLAIM_STATUSES : EDITABLE
    const ids = allRows(
      db,
      storeQuery.selectFrom('claims').select('id').where('status', 'in', statuses).orderBy('id'),
    ).map((r) => r.id)
    const codes = storeScrubCodes(db)
    const run: ScrubRun = { scrubbed: 0, ready: 0, held: 0, findings: [] }
    for (const id of ids) {
      const { claim, findings } = scrubClaim(db, id, actor, today, codes)
      run.scrubbed++
      if (claim.status === 'ready') run.ready++
      if (claim.status === 'draft') run.held++
      for (const f of findings) {
        run.findings.push({
          claimId: id,
          patientControlNumber: claim.patientControlNumber,
          ruleId: f.ruleId,
          severity: f.severity,
          field: f.field,
          message: f.message,
          acknowledged: f.acknowledgedBy !== null,
        })
      }
    }
    return run
  })()
}
