/**
 * A claim as the claims module keeps it: the row's columns, its service lines, and the snapshot
 * of every record its 837P is written from. The snapshot is taken when the claim is made and
 * refreshed only while the claim is a draft or ready, so a claim already sent keeps saying what
 * was sent, whatever later happens to the patient, the payer or the practice.
 */
import type { Cents } from '../../shared/money'
import type {
  ClaimFrequency,
  ClaimOutcome,
  ClaimResponsibility,
  ClaimStatus,
} from '../../shared/schemas/claim'
import type { Coverage } from '../../shared/schemas/coverage'
import type { Location } from '../../shared/schemas/location'
import type { Patient } from '../../shared/schemas/patient'
import type { Payer } from '../../shared/schemas/payer'
import type { Practice } from '../../shared/schemas/practice'
import type { Provider } from '../../shared/schemas/provider'
import type { ReferringProvider } from '../../shared/schemas/referringProvider'
import type { Ndc } from '../../shared/schemas/visit'

/** A directory record as it stood when the snapshot was taken. */
export interface Snapshotted<R> {
  id: number
  active: boolean
  record: R
}

/**
 * How an earlier payer adjudicated this claim (837P 2320 AMT*D/CAS, 2330B DTP*573), filled in
 * from its remittance before a secondary or tertiary claim goes out.
 */
export interface PriorAdjudication {
  paidCents: Cents
  adjudicatedOn: string
  /** Claim-level CAS (2320); with `lines`, only what the payer did not put on a line. */
  adjustments?: PriorAdjustment[]
  remainingPatientLiabilityCents?: Cents
  /**
   * Per line (2430 SVD/CAS/DTP*573), when the payer adjudicated the claim's lines: by the line
   * number the claims of the visit share. Absent when it answered for the whole claim.
   */
  lines?: PriorLineAdjudication[]
}

export interface PriorAdjustment {
  group: 'CO' | 'CR' | 'OA' | 'PI' | 'PR'
  reason: string
  amountCents: Cents
}

export interface PriorLineAdjudication {
  lineNo: number
  code: string
  modifiers: string[]
  paidCents: Cents
  units: number
  adjustments: PriorAdjustment[]
}

/** A payer of the visit other than this claim's (837P 2320/2330A/2330B). */
export interface OtherPayer {
  responsibility: ClaimResponsibility
  coverageId: number
  coverage: Coverage
  payer: Snapshotted<Payer>
  adjudication?: PriorAdjudication
}

export interface ClaimData {
  v: 1
  practice: Practice | null
  patient: { id: number; accountNo: string; record: Patient }
  coverage: { id: number; record: Coverage }
  payer: Snapshotted<Payer>
  otherPayers: OtherPayer[]
  provider: Snapshotted<Provider>
  location: Snapshotted<Location>
  referrer: Snapshotted<ReferringProvider> | null
  /** The visit's header as billed; diagnoses may be edited on the claim (claims.edit). */
  visit: {
    id: number
    dateOfService: string
    placeOfService: string
    priorAuthorization: string | null
    diagnoses: string[]
  }
  /** Records the claim was made from that have since been deleted (the snapshot keeps them). */
  missing: string[]
}

export interface ClaimLine {
  lineNo: number
  code: string
  modifiers: string[]
  units: number
  chargeCents: Cents
  /** 1-based positions in the claim's diagnoses. */
  pointers: number[]
  ndc: Ndc | null
  lineControlNumber: string
}

export interface ClaimRecord {
  id: number
  visitId: number
  patientId: number
  payerId: number
  coverageId: number | null
  renderingProviderId: number
  responsibility: ClaimResponsibility
  patientControlNumber: string
  frequency: ClaimFrequency
  replacesClaimId: number | null
  /** The number the payer gave this claim (277CA REF*1K, 835 CLP07). */
  payerClaimControlNumber: string | null
  /** Frequency 7/8: the payer's number of the claim it replaces or voids (REF*F8, box 22). */
  originalReference: string | null
  status: ClaimStatus
  outcome: ClaimOutcome | null
  dateOfService: string
  totalCents: Cents
  splitPart: number
  splitCount: number
  submittedAt: string | null
  data: ClaimData
  createdAt: string
  updatedAt: string
}

/** Who acts, and when: every write to a claim says both, for its history. */
export interface Actor {
  user: string
  at: string
}
