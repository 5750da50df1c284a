import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type { Actor } from './claim'
import { blockers } from './findings'
import { transition } from './lifecycle'
import { isPaperClaim } from './paper'
import { readClaim } from './records'
import { describe, scrubClaim } from './scrub'
import { storeScrubCodes } from './scrubCodes'

/**
 * Puts ready claims in the outbox. Each is scrubbed once more against today's records first,
 * and the whole request is refused (nothing queued) if any claim is not ready, so the biller
 * sees every claim that needs work at once.
 */
export function queueClaims(
  db: Database.Database,
  claimIds: readonly number[],
  actor: Actor,
  today: string,
): { queued: number; totalCents: number } {
  return db.transaction(() => {
    const codes = storeScrubCodes(db)
    const refused: string[] = []
    let totalCents = 0
    for (const claimId of new Set(claimIds)) {
      const before = readClaim(db, claimId)
      if (before.status !== 'ready' && before.status !== 'draft') {
        refused.push(`${before.patientControlNumber} is ${before.status}`)
        continue
      }
      const { claim, findings } = scrubClaim(db, claimId, actor, today, codes)
      if (claim.status !== 'ready') {
        const { errors, warnings } = blockers(findings)
        refused.push(`${claim.patientControlNumber} has ${describe(errors, warnings)}`)
        continue
      }
      transition(db, claimId, 'queued', {
        ...actor,
        reason: isPaperClaim(claim)
          ? `Put in the print queue: ${claim.data.payer.record.name} takes paper claims (CMS-1500) only`
          : 'Put in the outbox for the next batch',
      })
      totalCents += claim.totalCents
    }
    if (refused.length > 0) {
      const shown = refused.slice(0, 5).join('; ')
      const more = refused.length > 5 ? `; and ${refused.length - 5} more` : ''
      throw new DomainError(
        'conflict',
        `Nothing was queued: only ready claims go in the outbox — ${shown}${more}. Open each claim to fix its errors or acknowledge its warnings.`,
        'claimIds',
      )
    }
    return { queued: new Set(claimIds).size, totalCents }
  })()
}
