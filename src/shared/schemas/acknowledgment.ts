import { z } from 'zod'
import { ClaimDetail, ClaimSummary } from './claim'

export const ACKNOWLEDGMENT_KINDS = ['999', 'TA1', '277CA', 'manual'] as const
export const ACKNOWLEDGMENT_STATUSES = ['accepted', 'rejected', 'pending'] as const

/** One answer about a claim: a 999, TA1 or 277CA, or a move by hand. */
export const Acknowledgment = z.object({
  id: z.number().int(),
  claimId: z.number().int().nullable(),
  kind: z.enum(ACKNOWLEDGMENT_KINDS),
  status: z.enum(ACKNOWLEDGMENT_STATUSES),
  /** The X12 codes as received ('A7:562:85', 'IK5:R'). */
  codes: z.array(z.string()),
  /** The same in plain words, with the segment and claim an error points at. */
  explanation: z.string(),
  payerClaimNumber: z.string().nullable(),
  fileId: z.number().int().nullable(),
  fileName: z.string().nullable(),
  /** When the clearinghouse or payer said it. */
  at: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
})
export type Acknowledgment = z.infer<typeof Acknowledgment>

/** A claim on the rejections work list: why, and since when. */
export const Rejection = ClaimSummary.extend({
  kind: z.enum(ACKNOWLEDGMENT_KINDS).nullable(),
  reason: z.string(),
  rejectedAt: z.string().nullable(),
})
export type Rejection = z.infer<typeof Rejection>

export const FixAndResendResult = z.object({
  patientId: z.number().int(),
  claim: ClaimDetail,
  /** True when the claim came through the scrubber clean and waits in the outbox. */
  queued: z.boolean(),
  message: z.string(),
})
export type FixAndResendResult = z.infer<typeof FixAndResendResult>
