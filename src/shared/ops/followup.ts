import { z } from 'zod'
import { op } from '../op'
import { recordId } from '../validators/recordId'
import { WRITE_OFF_CATEGORIES } from './payments'

export const FOLLOW_UP_REASONS = ['denial', 'no_answer', 'rejection'] as const
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number]
export const FOLLOW_UP_REASON_LABELS: Record<FollowUpReason, string> = {
  denial: 'Denied',
  no_answer: 'No answer',
  rejection: 'Rejected',
}

export const ExplainedCode = z.object({
  group: z.string(),
  code: z.string(),
  amountCents: z.number().int(),
  description: z.string(),
})

export const DeniedLine = z.object({
  lineNo: z.number().int(),
  code: z.string(),
  modifiers: z.array(z.string()),
  chargeCents: z.number().int(),
  paidCents: z.number().int(),
  deniedCents: z.number().int(),
  /** The CARCs that denied it (group-code, amount, plain-English meaning). */
  reasons: z.array(ExplainedCode),
  /** RARCs the payer added (group is ''). */
  remarks: z.array(ExplainedCode),
})
export type DeniedLine = z.infer<typeof DeniedLine>

export const FollowUpNote = z.object({ note: z.string(), by: z.string(), at: z.string() })

export const FollowUpItem = z.object({
  claimId: z.number().int(),
  reason: z.enum(FOLLOW_UP_REASONS),
  /** One line in plain words: why it is on the queue. */
  reasonText: z.string(),
  patientControlNumber: z.string(),
  patientId: z.number().int(),
  patientName: z.string(),
  accountNo: z.string(),
  visitId: z.number().int(),
  payerId: z.number().int(),
  payerName: z.string(),
  dateOfService: z.string(),
  claimStatus: z.string(),
  payerClaimNumber: z.string().nullable(),
  /** Denied amount (denials) or the claim's charge (no answer, rejection). */
  amountCents: z.number().int(),
  /** Days since the date of service. */
  ageDays: z.number().int(),
  priority: z.number().int(),
  timelyFilingDaysLeft: z.number().int(),
  /** 'soon' within 30 days of the payer's timely-filing limit, 'passed' after it. */
  timelyFilingWarning: z.enum(['soon', 'passed']).nullable(),
  partial: z.boolean(),
  lines: z.array(DeniedLine),
  owner: z.string().nullable(),
  followUpDate: z.string().nullable(),
  status: z.enum(['open', 'done']),
  notes: z.array(FollowUpNote),
})
export type FollowUpItem = z.infer<typeof FollowUpItem>

const ItemKey = z.object({
  claimId: recordId('claim'),
  reason: z.enum(FOLLOW_UP_REASONS, { error: () => 'Pick the follow-up item' }),
})

const why = z
  .string({ error: () => 'Say why, in a few words: the claim history keeps it' })
  .trim()
  .min(3, { error: 'Say why, in a few words: the claim history keeps it' })
  .max(500)

const Item = z.object({ item: FollowUpItem })

export const followupOps = {
  'followup.list': op({
    summary:
      'The follow-up queue: denied lines, claims without an answer and rejections, by priority',
    input: z.object({ includeDone: z.boolean().default(false) }),
    output: z.object({ items: z.array(FollowUpItem), today: z.string() }),
    access: 'followup.work',
  }),
  'followup.assign': op({
    summary: 'Give a follow-up item to a user (or to nobody)',
    input: ItemKey.extend({ owner: z.string().trim().min(1).max(100).nullable() }),
    output: Item,
    access: 'followup.work',
  }),
  'followup.setDate': op({
    summary: 'When to look at a follow-up item again',
    input: ItemKey.extend({
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2026-03-15' })
        .nullable(),
    }),
    output: Item,
    access: 'followup.work',
  }),
  'followup.addNote': op({
    summary: 'Add a note to a follow-up item (who and when are kept)',
    input: ItemKey.extend({
      note: z
        .string({ error: () => 'Write the note' })
        .trim()
        .min(1, { error: 'Write the note' })
        .max(2000),
    }),
    output: Item,
    access: 'followup.work',
    audit: 'patient-write',
  }),
  'followup.markDone': op({
    summary: 'Mark a follow-up item done (or open it again)',
    input: ItemKey.extend({ done: z.boolean().default(true) }),
    output: z.object({ status: z.enum(['open', 'done']) }),
    access: 'followup.work',
  }),
  'followup.correct': op({
    summary: 'Correct and resend: a frequency-7 replacement of the claim, scrubbed',
    input: ItemKey.extend({ why }),
    output: z.object({ newClaimId: z.number().int(), patientControlNumber: z.string() }),
    access: 'followup.work',
    audit: 'patient-write',
  }),
  'followup.void': op({
    summary: 'Void the claim (frequency 8 when the payer has it)',
    input: ItemKey.extend({ why, payerClaimControlNumber: z.string().trim().min(1).optional() }),
    output: z.object({ claimId: z.number().int(), patientControlNumber: z.string() }),
    access: 'followup.work',
    audit: 'patient-write',
  }),
  'followup.resendAsNew': op({
    summary: 'Fix and resend a rejected claim as a new (original) claim',
    input: ItemKey,
    output: z.object({ queued: z.boolean(), message: z.string() }),
    access: 'followup.work',
    audit: 'patient-write',
  }),
  'followup.billPatient': op({
    summary: "Bill the patient: the denied lines' amounts become the patient's responsibility",
    input: ItemKey.extend({ why }),
    output: z.object({ movedCents: z.number().int() }),
    access: 'followup.work',
    audit: 'patient-write',
  }),
  'followup.writeOff': op({
    summary: 'Write off what insurance did not pay on the item, with a category and reason',
    input: ItemKey.extend({
      category: z.enum(['denial', ...WRITE_OFF_CATEGORIES] as const),
      why,
    }),
    output: z.object({ writtenOffCents: z.number().int() }),
    access: 'payments.adjust',
    audit: 'patient-write',
  }),
  'followup.appealLetter': op({
    summary: "An appeal letter as PDF, from the claim's facts and a paragraph the user can edit",
    input: ItemKey.extend({ paragraph: z.string().trim().max(4000).optional() }),
    output: z.object({ fileName: z.string(), pdfBase64: z.string(), paragraph: z.string() }),
    access: 'followup.work',
    audit: 'export',
  }),
}
