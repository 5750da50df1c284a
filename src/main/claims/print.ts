import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type { BillingProvider, Claim837 } from '../x12/claim837'
import type { ClaimRecord } from './claim'
import { readClaim, readLines } from './records'
import { billingProvider837, claim837 } from './to837'

/**
 * What a CMS-1500 (02/12) is printed from: the same model the 837P is written from (the form's
 * boxes map to its loops), plus what only the paper form shows.
 */
export interface ClaimForPrint {
  claimId: number
  status: ClaimRecord['status']
  billing: BillingProvider
  claim: Claim837
  /** Box 5 and box 7 phones; box 33 phone. */
  patientPhone: string | null
  billingPhone: string
  /** Box 31: the rendering provider's name with credentials ("Alice Testdoctor MD"). */
  renderingSignature: string
  /** Box 25: the practice's EIN (SSN is never used). */
  federalTaxId: string
  /** Box 26. */
  accountNo: string
  /** The other payers' IDs (NM1*PR) that are Medigap plans: box 9 names only these. */
  medigapPayerIds: string[]
}

/**
 * The seam for the CMS-1500 printer (src/main/print): reads a claim as it stands (a sent claim's
 * snapshot, as sent) in the writer's model. Refuses a claim whose practice is not set up.
 */
export function claimForPrint(db: Database.Database, claimId: number): ClaimForPrint {
  const claim = readClaim(db, claimId)
  const practice = claim.data.practice
  if (!practice) {
    throw new DomainError(
      'conflict',
      'Set up the practice as billing provider before printing claims.',
    )
  }
  const patient = claim.data.patient.record
  const provider = claim.data.provider.record
  return {
    claimId,
    status: claim.status,
    billing: billingProvider837(practice),
    claim: claim837(claim, readLines(db, claimId)),
    patientPhone: patient.phones.home ?? patient.phones.mobile ?? patient.phones.work ?? null,
    billingPhone: practice.phone,
    renderingSignature: `${provider.firstName} ${provider.lastName} ${provider.credentials}`,
    federalTaxId: practice.ein,
    accountNo: claim.data.patient.accountNo,
    medigapPayerIds: claim.data.otherPayers
      .filter((o) => o.payer.record.medigap)
      .map((o) => o.payer.record.clearinghousePayerId),
  }
}
