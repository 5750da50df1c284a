import { z } from 'zod'
import { op } from '../op'

const cents = z.number().int()

export const PostedLine = z.object({
  claimLineNo: z.number().int().nullable(),
  code: z.string(),
  modifiers: z.array(z.string()),
  chargeCents: cents,
  paidCents: cents,
  contractualCents: cents,
  patientResponsibilityCents: cents,
  otherAdjustmentCents: cents,
  carcs: z.array(z.string()),
  remarks: z.array(z.string()),
  note: z.string(),
})

export const PostedClaim = z.object({
  patientControlNumber: z.string(),
  statusCode: z.string(),
  action: z.enum(['posted', 'reversed', 'unmatched']),
  claimId: z.number().int().nullable(),
  outcome: z.enum(['paid', 'partial', 'denied']).nullable(),
  status: z.string().nullable(),
  chargeCents: cents,
  paidCents: cents,
  patientResponsibilityCents: cents,
  payerClaimNumber: z.string(),
  lines: z.array(PostedLine),
  notes: z.array(z.string()),
  releasedClaimIds: z.array(z.number().int()),
  crossedOverClaimIds: z.array(z.number().int()),
})
export type PostedClaim = z.infer<typeof PostedClaim>

export const PostedTransaction = z.object({
  controlNumber: z.string(),
  traceNumber: z.string(),
  payerName: z.string(),
  paymentCents: cents,
  method: z.string(),
  paymentDate: z.string(),
  paymentId: z.number().int(),
  claims: z.array(PostedClaim),
  providerAdjustments: z.array(
    z.object({ reason: z.string(), reference: z.string(), amountCents: cents }),
  ),
})

export const EraResult = z.object({
  fileId: z.number().int(),
  fileName: z.string(),
  /** processed: posted; refused: nothing posted (outcome says why). */
  status: z.enum(['received', 'processed', 'refused', 'stored']),
  /** These exact bytes were imported before: nothing was applied again. */
  duplicate: z.boolean(),
  outcome: z.string(),
  transactions: z.array(PostedTransaction),
  problems: z.array(z.object({ segment: z.number().int(), message: z.string() })),
})
export type EraResult = z.infer<typeof EraResult>

const EraFile = z.object({
  fileName: z.string().trim().min(1, 'Name the file.'),
  /** The 835's text as read from disk (X12 is ASCII). */
  content: z.string().min(1, 'The file is empty.'),
})

export const UnmatchedRemit = z.object({
  id: z.number().int(),
  paymentId: z.number().int(),
  patientControlNumber: z.string(),
  payerClaimNumber: z.string(),
  statusCode: z.string(),
  chargeCents: cents,
  paidCents: cents,
  payerName: z.string(),
  traceNumber: z.string(),
  receivedAt: z.string(),
  fileName: z.string(),
})

export const AdjustmentReason = z.object({
  group: z.string(),
  reason: z.string(),
  amountCents: cents,
  description: z.string(),
})

const amounts = {
  chargeCents: cents,
  insurancePaidCents: cents,
  contractualCents: cents,
  patientResponsibilityCents: cents,
  otherAdjustmentCents: cents,
  balanceCents: cents,
  carcs: z.array(z.string()),
  adjustments: z.array(AdjustmentReason),
}

export const ClaimAmounts = z.object({
  claimId: z.number().int(),
  patientControlNumber: z.string(),
  status: z.string(),
  outcome: z.string().nullable(),
  payerClaimNumber: z.string().nullable(),
  crossedOver: z.boolean(),
  ...amounts,
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      code: z.string(),
      modifiers: z.array(z.string()),
      ...amounts,
    }),
  ),
})
export type ClaimAmounts = z.infer<typeof ClaimAmounts>

export const remitOps = {
  'era.preview': op({
    summary:
      'What an 835 would post, per claim and line, or why it would be refused — nothing is kept',
    input: EraFile,
    output: EraResult,
    access: 'payments.post',
  }),
  'era.import': op({
    summary: 'Post an 835 remittance: payments, adjustments and claim outcomes, all or nothing',
    input: EraFile,
    output: EraResult,
    access: 'payments.post',
    audit: 'patient-write',
  }),
  'remits.unmatched': op({
    summary: 'Remittance claims that matched no claim, waiting to be assigned',
    input: z.object({}),
    output: z.object({ rows: z.array(UnmatchedRemit) }),
    access: 'payments.post',
  }),
  'remits.assign': op({
    summary: 'Post an unmatched remittance claim to the claim it belongs to',
    input: z.object({ unmatchedId: z.number().int(), claimId: z.number().int() }),
    output: PostedClaim,
    access: 'payments.post',
    audit: 'patient-write',
  }),
  'claims.amounts': op({
    summary:
      "A claim's money per line: paid, contractual, patient responsibility, other, balance, CARCs",
    input: z.object({ claimId: z.number().int() }),
    output: ClaimAmounts,
    access: 'claims.read',
    audit: 'patient-read',
  }),
}
