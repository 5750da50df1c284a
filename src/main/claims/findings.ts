import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimFinding } from '../../shared/schemas/claim'
import { DomainError } from '../errors'
import { storeQuery, allRows, runQuery } from '../store/sync-query'
import type { Actor } from './claim'
import { ruleById, type Finding } from './scrubber'

export function readFindings(db: Database.Database, claimId: number): ClaimFinding[] {
  return allRows(
    db,
    storeQuery
      .selectFrom('claim_findings')
      .select(['rule_id', 'severity', 'message', 'field', 'acknowledged_by', 'acknowledged_at'])
      .where('claim_id', '=', claimId)
      .orderBy('id'),
  ).map((r) => ({
    ruleId: r.rule_id,
    severity: r.severity,
    message: r.message,
    field: r.field,
    acknowledgedBy: r.acknowledged_by,
    acknowledgedAt: r.acknowledged_at,
  }))
}

const key = (f: { ruleId: string; field: string }) => `${f.ruleId}\u0000${f.field}`

/**
 * Replaces the claim's findings with a fresh scrub's. A warning acknowledged before stays
 * acknowledged while the same rule still finds it at the same field (its wording may change,
 * like the days left to file); a new warning needs a new acknowledgment.
 */
export function storeFindings(
  db: Database.Database,
  claimId: number,
  findings: readonly Finding[],
): ClaimFinding[] {
  const acknowledged = new Map(
    readFindings(db, claimId)
      .filter((f) => f.acknowledgedBy !== null)
      .map((f) => [key(f), f]),
  )
  runQuery(db, storeQuery.deleteFrom('claim_findings').where('claim_id', '=', claimId))
  return findings.map((f) => {
    const before = f.severity === 'warning' ? acknowledged.get(key(f)) : undefined
    const stored: ClaimFinding = {
      ...f,
      acknowledgedBy: before?.acknowledgedBy ?? null,
      acknowledgedAt: before?.acknowledgedAt ?? null,
    }
    runQuery(
      db,
      storeQuery.insertInto('claim_findings').values({
        claim_id: claimId,
        rule_id: stored.ruleId,
        severity: stored.severity,
        message: stored.message,
        field: stored.field,
        acknowledged_by: stored.acknowledgedBy,
        acknowledged_at: stored.acknowledgedAt,
      }),
    )
    return stored
  })
}

/** What keeps a claim from being ready: errors, and warnings nobody has acknowledged. */
export function blockers(findings: readonly ClaimFinding[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const f of findings) {
    if (f.severity === 'error') errors++
    else if (f.acknowledgedBy === null) warnings++
  }
  return { errors, warnings }
}

/** Refuses a rule that does not exist or is an error (errors are fixed, never acknowledged). */
export function assertWarningRule(ruleId: string): void {
  const rule = ruleById(ruleId)
  if (!rule) throw new DomainError('not_found', `The scrubber has no rule "${ruleId}".`, 'ruleId')
  if (rule.severity === 'error') {
    throw new DomainError(
      'conflict',
      `"${ruleId}" is an error, not a warning: it cannot be acknowledged — fix what it points at.`,
      'ruleId',
    )
  }
}

/**
 * Marks one open warning — the rule's finding at `field` — as seen and accepted by `actor`.
 * Without a field (the demo, scripts) every open warning of that rule is acknowledged.
 */
export function acknowledgeWarning(
  db: Database.Database,
  claimId: number,
  ruleId: string,
  actor: Actor,
  field?: string,
): void {
  assertWarningRule(ruleId)
  const result = runQuery(
    db,
    storeQuery
      .updateTable('claim_findings')
      .set({ acknowledged_by: actor.user, acknowledged_at: actor.at })
      .where('claim_id', '=', claimId)
      .where('rule_id', '=', ruleId)
      .$if(field !== undefined, (q) => q.where('field', '=', field!))
      .where('acknowledged_by', 'is', null),
  )
  if (result.changes === 0) {
    const at = field === undefined ? '' : ` at ${field}`
    throw new DomainError(
      'not_found',
      `This claim has no open "${ruleId}" warning${at} — scrub it again to see its current findings.`,
      'ruleId',
    )
  }
}

/** Acknowledges every open warning of the claim at once; says how many. */
export function acknowledgeAllWarnings(
  db: Database.Database,
  claimId: number,
  actor: Actor,
): number {
  const result = runQuery(
    db,
    storeQuery
      .updateTable('claim_findings')
      .set({ acknowledged_by: actor.user, acknowledged_at: actor.at })
      .where('claim_id', '=', claimId)
      .where('severity', '=', 'warning')
      .where('acknowledged_by', 'is', null),
  )
  return Number(result.changes)
}
