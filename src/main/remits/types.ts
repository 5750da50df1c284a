import type { ClaimOutcome, ClaimStatus } from '../../shared/schemas/claim'

/** What was (or, in a preview, would be) posted for one 835 service line. */
export interface PostedLine {
  /** The claim line it matched (1-based), or null when none matched. */
  claimLineNo: number | null
  code: string
  modifiers: string[]
  chargeCents: number
  paidCents: number
  contractualCents: number
  patientResponsibilityCents: number
  otherAdjustmentCents: number
  /** 'CO-45', 'PR-1'… */
  carcs: string[]
  remarks: string[]
  note: string
}

export type ClaimAction = 'posted' | 'reversed' | 'unmatched'

export interface PostedClaim {
  patientControlNumber: string
  statusCode: string
  action: ClaimAction
  claimId: number | null
  outcome: ClaimOutcome | null
  status: ClaimStatus | null
  chargeCents: number
  paidCents: number
  patientResponsibilityCents: number
  payerClaimNumber: string
  lines: PostedLine[]
  notes: string[]
  /** Secondary/tertiary claims given this payer's adjudication. */
  releasedClaimIds: number[]
  /** Of those, the ones the payer forwarded itself (CLP02 19/20/21). */
  crossedOverClaimIds: number[]
}

export interface PostedProviderAdjustment {
  reason: string
  reference: string
  amountCents: number
}

export interface PostedTransaction {
  controlNumber: string
  traceNumber: string
  payerName: string
  paymentCents: number
  method: string
  paymentDate: string
  paymentId: number
  claims: PostedClaim[]
  providerAdjustments: PostedProviderAdjustment[]
}

export interface PostedFile {
  transactions: PostedTransaction[]
  /** Unknown or skipped segments, with their numbers. */
  problems: { segment: number; message: string }[]
}

/** An 835 file's record: its payments, and only the claims worth coming back to (era.ts keptOf). */
export interface KeptFile {
  transactions: (PostedTransaction & { claimCount: number })[]
  problems: PostedFile['problems']
}
