import { z } from 'zod'
import { COVERAGE_ORDERS } from '../validators/coveragePeriod'

/**
 * A claim's life, in the order it usually goes:
 * - draft: built from a coded visit (or sent back): the scrubber has errors or warnings to settle;
 * - ready: scrubbed clean, every warning acknowledged;
 * - queued: in the outbox, waiting for the next 837 batch;
 * - submitted: written into a batch file for the clearinghouse;
 * - accepted / rejected: the clearinghouse's 999 took the claim or refused it;
 * - acknowledged / payer_rejected: the payer's 277CA took it into adjudication (A1/A2) or
 *   refused it at the front door (A3/A4…);
 * - adjudicated: the payer decided (the outcome says paid, partially paid or denied);
 * - closed: nothing more is expected from this payer;
 * - corrected: replaced by a frequency-7 claim; voided: cancelled (a frequency-8 claim when the
 *   payer had it).
 */
export const CLAIM_STATUSES = [
  'draft',
  'ready',
  'queued',
  'submitted',
  'accepted',
  'rejected',
  'acknowledged',
  'payer_rejected',
  'adjudicated',
  'closed',
  'corrected',
  'voided',
] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: 'draft',
  ready: 'ready',
  queued: 'queued',
  submitted: 'submitted',
  accepted: 'accepted by the clearinghouse',
  rejected: 'rejected by the clearinghouse',
  acknowledged: 'acknowledged by the payer',
  payer_rejected: 'rejected by the payer',
  adjudicated: 'adjudicated',
  closed: 'closed',
  corrected: 'corrected',
  voided: 'voided',
}

/** Claims the office still works: everything but closed, corrected and voided. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = CLAIM_STATUSES.filter(
  (s) => s !== 'closed' && s !== 'corrected' && s !== 'voided',
)

/** How the payer decided an adjudicated claim (835 CLP02 1/2/3 with amounts, or 4 denied). */
export const CLAIM_OUTCOMES = ['paid', 'partial', 'denied'] as const
export type ClaimOutcome = (typeof CLAIM_OUTCOMES)[number]

/** Which payer of the patient this claim goes to (837P SBR01 P, S or T). */
export const CLAIM_RESPONSIBILITIES = COVERAGE_ORDERS
export type ClaimResponsibility = (typeof CLAIM_RESPONSIBILITIES)[number]

/** CLM05-3: 1 original, 7 replacement of a prior claim, 8 void of a prior claim. */
export const CLAIM_FREQUENCIES = ['1', '7', '8'] as const
export type ClaimFrequency = (typeof CLAIM_FREQUENCIES)[number]

/**
 * What a biller can do to a claim; main says which apply to each claim where it stands
 * (withdraw: cancel one the payer never had; void: a frequency-8 claim to the payer).
 */
export const CLAIM_ACTIONS = [
  'scrub',
  'edit',
  'acknowledge',
  'queue',
  'correct',
  'void',
  'withdraw',
] as const
export type ClaimAction = (typeof CLAIM_ACTIONS)[number]

export const CLAIM_ACTION_LABELS: Record<ClaimAction, string> = {
  scrub: 'Scrubbed',
  edit: 'Edited',
  acknowledge: 'Acknowledged',
  queue: 'Queued',
  correct: 'Corrected',
  void: 'Voided',
  withdraw: 'Withdrawn',
}

export const FINDING_SEVERITIES = ['error', 'warning'] as const
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number]

/** A claim's age for follow-up: days since the date of service, or since it was sent. */
export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '91-120', '121+'] as const
export type AgeBucket = (typeof AGE_BUCKETS)[number]

/** The patient control number the practice gives a claim (837P CLM01, echoed in 835 CLP01). */
export const MAX_PATIENT_CONTROL_NUMBER = 17
/** The 837P allows at most 50 service lines (loop 2400) on one claim. */
export const MAX_CLAIM_LINES = 50

export const ClaimFinding = z.object({
  ruleId: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  /** What is wrong and how to fix it. */
  message: z.string(),
  /** Where the screen jumps to fix it: 'visit.diagnoses.2', 'practice.billingNpi', 'lines.0.units'. */
  field: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
})
export type ClaimFinding = z.infer<typeof ClaimFinding>

export const ClaimHistoryEntry = z.object({
  at: z.string(),
  user: z.string(),
  from: z.enum(CLAIM_STATUSES).nullable(),
  to: z.enum(CLAIM_STATUSES),
  reason: z.string(),
  sourceFile: z.string().nullable(),
})
export type ClaimHistoryEntry = z.infer<typeof ClaimHistoryEntry>

export const ClaimLineView = z.object({
  lineNo: z.number().int(),
  code: z.string(),
  modifiers: z.array(z.string()),
  units: z.number().int(),
  chargeCents: z.number().int(),
  pointers: z.array(z.number().int()),
  ndc: z.object({ code: z.string(), quantity: z.number(), unit: z.string() }).nullable(),
  lineControlNumber: z.string(),
})
export type ClaimLineView = z.infer<typeof ClaimLineView>

export const ClaimSummary = z.object({
  claimId: z.number().int(),
  patientControlNumber: z.string(),
  visitId: z.number().int(),
  patientId: z.number().int(),
  patientName: z.string(),
  payerId: z.number().int(),
  payerName: z.string(),
  providerId: z.number().int(),
  providerName: z.string(),
  dateOfService: z.string(),
  status: z.enum(CLAIM_STATUSES),
  outcome: z.enum(CLAIM_OUTCOMES).nullable(),
  responsibility: z.enum(CLAIM_RESPONSIBILITIES),
  frequency: z.enum(CLAIM_FREQUENCIES),
  splitPart: z.number().int(),
  splitCount: z.number().int(),
  totalCents: z.number().int(),
  submittedAt: z.string().nullable(),
  /** The payer's claim number (277CA / 835), once known. */
  payerClaimControlNumber: z.string().nullable(),
  /** What this claim's payer has paid on it. */
  paidCents: z.number().int(),
  /** What insurance still owes on the claim's lines, after every payer's postings. */
  balanceCents: z.number().int(),
  errors: z.number().int(),
  /** Warnings not yet acknowledged. */
  warnings: z.number().int(),
})
export type ClaimSummary = z.infer<typeof ClaimSummary>

export const ClaimDetail = ClaimSummary.extend({
  accountNo: z.string(),
  placeOfService: z.string(),
  diagnoses: z.array(z.string()),
  replacesClaimId: z.number().int().nullable(),
  replacedByClaimId: z.number().int().nullable(),
  payerClaimControlNumber: z.string().nullable(),
  /** Frequency 7/8: the payer's number of the claim replaced or voided, as sent (REF*F8). */
  originalReference: z.string().nullable(),
  batch: z.object({ batchId: z.number().int(), fileName: z.string() }).nullable(),
  lines: z.array(ClaimLineView),
  findings: z.array(ClaimFinding),
  history: z.array(ClaimHistoryEntry),
  /** What can be done to the claim now: the screen offers these and main refuses the rest. */
  actions: z.array(z.enum(CLAIM_ACTIONS)),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ClaimDetail = z.infer<typeof ClaimDetail>

export const BatchSummary = z.object({
  batchId: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  fileName: z.string(),
  interchangeControlNumber: z.number().int(),
  claimCount: z.number().int(),
  totalCents: z.number().int(),
  usage: z.enum(['T', 'P']),
  /** When the file was confirmed on the clearinghouse's server or written to disk; null: waiting. */
  sentAt: z.string().nullable(),
})
export type BatchSummary = z.infer<typeof BatchSummary>

const senderId = (label: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{2,15}$/, { error: `${label} is 2 to 15 letters or digits` })

/**
 * Who the 837 files are from and to, as the clearinghouse's enrollment letter gives them
 * (ISA05–ISA08, 1000A submitter ETIN, 1000B receiver), and ISA15: T while testing, P live.
 */
export const ClearinghouseSettings = z.object({
  senderQualifier: z
    .string()
    .trim()
    .toUpperCase()
    .length(2, { error: 'A qualifier is 2 characters, like ZZ' }),
  senderId: senderId('Sender ID (ISA06)'),
  receiverQualifier: z
    .string()
    .trim()
    .toUpperCase()
    .length(2, { error: 'A qualifier is 2 characters, like ZZ' }),
  receiverId: senderId('Receiver ID (ISA08)'),
  receiverName: z.string().trim().min(1).max(60),
  /** 1000A NM109: the submitter ID (ETIN) the clearinghouse assigned. */
  submitterId: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{2,80}$/, {
      error: 'The submitter ID is 2 to 80 letters or digits',
    }),
  contactName: z.string().trim().min(1).max(60),
  usage: z.enum(['T', 'P']),
  /** GS02 / GS03 when the clearinghouse wants codes other than the ISA IDs. */
  applicationSenderCode: senderId('GS02 application sender code').optional(),
  applicationReceiverCode: senderId('GS03 application receiver code').optional(),
  /** 1000A contact phone when it is not the practice's phone. */
  contactPhone: z
    .string()
    .trim()
    .regex(/^\d{10}$/, { error: 'The contact phone is 10 digits' })
    .optional(),
})
export type ClearinghouseSettings = z.infer<typeof ClearinghouseSettings>
