/**
 * The print queue: a payer that takes no electronic claims gets a CMS-1500 in the mail. Its
 * claims are queued like any other but never go into an 837 batch; they wait here to be printed
 * in one job, and become 'submitted' when the biller says the envelopes went out — the paper
 * counterpart of a batch's upload being confirmed.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimSummary } from '../../shared/schemas/claim'
import { DomainError } from '../errors'
import { allRows } from '../store/sync-query'
import type { Actor, ClaimRecord } from './claim'
import { printCms1500s, type Cms1500Layout } from './cms1500'
import { transition } from './lifecycle'
import { claimSummaries } from './queries'
import { claimsWithData, readClaim, toClaimRecord } from './records'

/** The claim goes to its payer on paper: what the payer's record said when the claim was made. */
export function isPaperClaim(claim: ClaimRecord): boolean {
  return !claim.data.payer.record.acceptsElectronicClaims
}

export function queuedPaperClaims(db: Database.Database): ClaimRecord[] {
  return allRows(db, claimsWithData().where('claims.status', '=', 'queued').orderBy('claims.id'))
    .map(toClaimRecord)
    .filter(isPaperClaim)
}

export interface PaperClaim {
  claim: ClaimSummary
  /** Where the form is mailed: the payer's claims address, on one line. */
  mailTo: string
}

/** The claims waiting to be printed and mailed, oldest first. */
export function paperQueue(db: Database.Database): PaperClaim[] {
  const claims = queuedPaperClaims(db)
  const summaries = new Map(
    claimSummaries(
      db,
      claims.map((c) => c.id),
    ).map((s) => [s.claimId, s]),
  )
  return claims.map((c) => ({ claim: summaries.get(c.id)!, mailTo: mailingAddress(c) }))
}

function mailingAddress(claim: ClaimRecord): string {
  const payer = claim.data.payer.record
  const a = payer.claimsAddress
  if (!a) return `${payer.name} — no claims address on file`
  const street = [a.street1, a.street2].filter(Boolean).join(', ')
  return `${payer.name}, ${street}, ${a.city}, ${a.state} ${a.zip}`
}

/** Refuses anything but paper claims waiting in the queue, naming the first that is not. */
function waiting(db: Database.Database, claimIds: readonly number[]): ClaimRecord[] {
  if (claimIds.length === 0) throw new DomainError('invalid_input', 'Choose the claims to print.')
  return [...new Set(claimIds)].map((id) => {
    const claim = readClaim(db, id)
    if (!isPaperClaim(claim)) {
      throw new DomainError(
        'conflict',
        `Claim ${claim.patientControlNumber} goes to ${claim.data.payer.record.name} electronically: it leaves in an 837 batch, not on paper.`,
      )
    }
    if (claim.status !== 'queued') {
      throw new DomainError(
        'conflict',
        `Claim ${claim.patientControlNumber} is ${claim.status.replace('_', ' ')}: only claims in the print queue are printed and mailed from it.`,
      )
    }
    return claim
  })
}

/** One PDF with every chosen claim's CMS-1500, in the order given; nothing changes state. */
export async function printPaperClaims(
  db: Database.Database,
  claimIds: readonly number[],
  layout: Cms1500Layout,
  printedOn: string,
): Promise<Buffer> {
  const claims = waiting(db, claimIds)
  return printCms1500s(
    db,
    claims.map((c) => c.id),
    layout,
    printedOn,
  )
}

/** The forms went out in the mail: the claims are submitted, each saying where it was mailed. */
export function markMailed(
  db: Database.Database,
  claimIds: readonly number[],
  actor: Actor,
): { claimsSubmitted: number } {
  return db.transaction(() => {
    const claims = waiting(db, claimIds)
    for (const claim of claims) {
      transition(db, claim.id, 'submitted', {
        ...actor,
        reason: `Printed on a CMS-1500 and mailed to ${mailingAddress(claim)}`,
      })
    }
    return { claimsSubmitted: claims.length }
  })()
}
