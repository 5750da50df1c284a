/** Claims from a coded visit: one per payer responsible on the date of service, split at 50 lines. */
import type Database from 'better-sqlite3-multiple-ciphers'
import { cents } from '../../shared/money'
import type { ServiceLine } from '../../shared/schemas/visit'
import { DomainError } from '../errors'
import { postVisitCharges } from '../ledger/charges'
import { getVisit, setVisitStatus } from '../visits/records'
import type { Actor, ClaimLine } from './claim'
import { lineControlNumber, uniquePatientControlNumber } from './controlNumbers'
import { recordHistory } from './history'
import { insertClaim } from './records'
import { coveragesOn, takeSnapshot } from './snapshot'
import { splitLines } from './split'

export interface BuiltClaims {
  patientId: number
  claimIds: number[]
  message: string
}

export function claimLines(pcn: string, lines: readonly ServiceLine[]): ClaimLine[] {
  return lines.map((line, i) => ({
    lineNo: i + 1,
    code: line.code,
    modifiers: [...line.modifiers],
    units: line.units,
    chargeCents: cents(line.chargeCents),
    pointers: [...line.pointers],
    ndc: line.ndc ?? null,
    lineControlNumber: lineControlNumber(pcn, i + 1),
  }))
}

/**
 * Bills a coded visit. The primary claim is made to go now; secondary and tertiary claims are
 * made at the same time but held by the scrubber until the payer before them adjudicates. A
 * visit with no coverage active on its date is self-pay: no claim, and the visit stays coded
 * for the patient's statement.
 */
export function buildClaims(db: Database.Database, visitId: number, actor: Actor): BuiltClaims {
  const detail = getVisit(db, visitId)
  const { visit } = detail
  if (detail.status === 'billed') {
    throw new DomainError(
      'conflict',
      'This visit is already billed: its claims are on the claims list.',
      'visitId',
    )
  }
  if (detail.status !== 'coded') {
    throw new DomainError(
      'conflict',
      'Mark the visit coded first: its codes are checked before it is billed.',
      'visitId',
    )
  }
  const coverages = coveragesOn(db, visit.patientId, visit.dateOfService)
  postVisitCharges(
    db,
    {
      visitId,
      patientId: visit.patientId,
      dateOfService: visit.dateOfService,
      lines: visit.lines,
      insured: coverages.length > 0,
    },
    actor,
  )
  if (coverages.length === 0) {
    return {
      patientId: visit.patientId,
      claimIds: [],
      message: `No insurance was active on ${visit.dateOfService}: this is a self-pay visit, so no claim was made — the charges go on the patient's statement. If the patient had coverage that day, add it and bill the visit again.`,
    }
  }
  const parts = splitLines(visit.lines)
  const claimIds: number[] = []
  for (const mine of coverages) {
    const data = takeSnapshot(db, visitId, visit, mine, coverages)
    parts.forEach((part, index) => {
      const splitPart = index + 1
      const pcn = uniquePatientControlNumber(db, {
        accountNo: data.patient.accountNo,
        visitId,
        splitPart,
        responsibility: mine.responsibility,
      })
      const claimId = insertClaim(
        db,
        {
          visitId,
          patientId: visit.patientId,
          payerId: data.payer.id,
          coverageId: mine.coverageId,
          renderingProviderId: visit.renderingProviderId,
          responsibility: mine.responsibility,
          patientControlNumber: pcn,
          frequency: '1',
          replacesClaimId: null,
          originalReference: null,
          dateOfService: visit.dateOfService,
          splitPart,
          splitCount: parts.length,
          data,
        },
        claimLines(pcn, part),
        actor,
      )
      const split = parts.length > 1 ? `, part ${splitPart} of ${parts.length}` : ''
      recordHistory(db, claimId, {
        ...actor,
        from: null,
        to: 'draft',
        reason: `Made from visit #${visitId} for the ${mine.responsibility} payer, ${data.payer.record.name}${split}`,
      })
      claimIds.push(claimId)
    })
  }
  setVisitStatus(db, visitId, 'billed', actor.at)
  const held = coverages.length - 1
  const message =
    `Made ${claimIds.length} ${claimIds.length === 1 ? 'claim' : 'claims'}` +
    (parts.length > 1
      ? ` (its ${visit.lines.length} lines split in ${parts.length} per payer: a claim carries at most 50)`
      : '') +
    (held > 0
      ? `; the ${coverages
          .slice(1)
          .map((c) => c.responsibility)
          .join(' and ')} held until the payer before adjudicates`
      : '') +
    '.'
  return { patientId: visit.patientId, claimIds, message }
}
