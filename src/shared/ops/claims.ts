import { z } from 'zod'
import { op } from '../op'
import {
  AGE_BUCKETS,
  BatchSummary,
  CLAIM_STATUSES,
  ClaimDetail,
  ClaimSummary,
  ClearinghouseSettings,
  FINDING_SEVERITIES,
} from '../schemas/claim'
import { MAX_DIAGNOSES, ServiceLine } from '../schemas/visit'
import { Icd10cmCode } from '../validators/icd10cm'
import { optionalX12Text } from '../validators/x12Text'
import { recordId } from '../validators/recordId'
import { isoDate } from '../validators/isoDate'

const ClaimId = z.object({ claimId: recordId('claim') })

const reason = z
  .string({ error: () => 'Say why, in a few words: the history keeps it' })
  .trim()
  .min(3, { error: 'Say why, in a few words: the history keeps it' })
  .max(500)

/** REF*F8: the payer's own number for the claim being replaced or voided (835 CLP07, 277CA). */
const payerClaimControlNumber = optionalX12Text({
  label: "Payer's claim number",
  element: 'REF02 (F8)',
  min: 1,
  max: 50,
})

export const ScrubFindingLine = z.object({
  claimId: z.number().int(),
  patientControlNumber: z.string(),
  ruleId: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  field: z.string(),
  message: z.string(),
  acknowledged: z.boolean(),
})
export type ScrubFindingLine = z.infer<typeof ScrubFindingLine>

export const claimOps = {
  'claims.create': op({
    summary:
      'Bill a coded visit: one claim per payer responsible on the date of service (secondary and tertiary held until the one before is adjudicated)',
    input: z.object({ visitId: recordId('visit') }),
    output: z.object({
      visitId: z.number().int(),
      patientId: z.number().int(),
      claims: z.array(ClaimSummary),
      /** Says what was made, or why nothing was (a self-pay visit). */
      message: z.string(),
    }),
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.scrub': op({
    summary:
      'Run the scrubber on a claim (a draft or ready one is refreshed from the records first)',
    input: ClaimId,
    output: ClaimDetail,
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.scrubAll': op({
    summary: 'Re-scrub every draft and ready claim (with all: every open claim)',
    input: z.object({ all: z.boolean().default(false) }),
    output: z.object({
      scrubbed: z.number().int(),
      ready: z.number().int(),
      held: z.number().int(),
      findings: z.array(ScrubFindingLine),
    }),
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.list': op({
    summary: 'Claims by status, payer, provider, patient or age, newest date of service first',
    input: z.object({
      status: z.array(z.enum(CLAIM_STATUSES)).max(CLAIM_STATUSES.length).optional(),
      payerId: z.number().int().positive().optional(),
      providerId: z.number().int().positive().optional(),
      patientId: z.number().int().positive().optional(),
      /** The claim number printed on the form and the remittance (CLM01 / CLP01). */
      patientControlNumber: z.string().trim().toUpperCase().max(17).optional(),
      /** Dates of service from / through, inclusive. */
      serviceFrom: isoDate('Service from').optional(),
      serviceTo: isoDate('Service through').optional(),
      age: z
        .object({ from: z.enum(['service', 'submission']), bucket: z.enum(AGE_BUCKETS) })
        .optional(),
      /** Only claims not in a batch waiting for upload (queued ones in one stay 'queued'). */
      unbatched: z.boolean().optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({
      rows: z.array(ClaimSummary),
      /** Of every claim the filter matches, not just this page. */
      count: z.number().int(),
      /** Every matching claim's charges added up: what the batch or outbox sends. */
      totalCents: z.number().int(),
      /** The visits behind the matching claims, and their charges counted once. */
      visitCount: z.number().int(),
      chargesCents: z.number().int(),
    }),
    access: 'claims.read',
    audit: 'list-read',
  }),
  'claims.get': op({
    summary: 'One claim: its lines, scrubber findings and history (who, when, why, which file)',
    input: ClaimId,
    output: ClaimDetail,
    access: 'claims.read',
    audit: 'patient-read',
  }),
  'claims.edit': op({
    summary: 'Change the diagnoses and lines of a claim not yet sent (a correction, mostly)',
    input: ClaimId.extend({
      diagnoses: z
        .array(Icd10cmCode)
        .min(1, { error: 'A claim needs at least one diagnosis' })
        .max(MAX_DIAGNOSES, { error: `At most ${MAX_DIAGNOSES} diagnoses on a claim` }),
      lines: z
        .array(ServiceLine)
        .min(1, { error: 'A claim needs at least one line' })
        .max(50, { error: 'At most 50 lines on a claim' }),
      payerClaimControlNumber,
    }),
    output: ClaimDetail,
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.acknowledge': op({
    summary:
      'Acknowledge one scrubber warning (its rule at its field) so the claim can be sent anyway',
    input: ClaimId.extend({
      ruleId: z.string().trim().min(1).max(60),
      field: z.string().trim().min(1).max(120),
    }),
    output: ClaimDetail,
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.acknowledgeAll': op({
    summary: "Acknowledge every open warning of a claim at once (each keeps the user's name)",
    input: ClaimId,
    output: ClaimDetail,
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.queue': op({
    summary: 'Put ready claims in the outbox for the next 837 batch',
    input: z.object({
      claimIds: z
        .array(recordId('claim'))
        .min(1, { error: 'Pick the claims to queue' })
        .max(10_000),
    }),
    output: z.object({ queued: z.number().int(), totalCents: z.number().int() }),
    access: 'claims.submit',
  }),
  'claims.batch': op({
    summary: 'Write every queued claim into one new 837P file, checked before it is kept',
    input: z.object({ usage: z.enum(['T', 'P']).optional() }),
    output: z.object({
      batchId: z.number().int(),
      fileName: z.string(),
      interchangeControlNumber: z.number().int(),
      claimCount: z.number().int(),
      totalCents: z.number().int(),
      usage: z.enum(['T', 'P']),
      /** Claims that failed the file's check: back to draft, with the reason; the rest went. */
      heldBack: z.array(
        z.object({
          claimId: z.number().int(),
          patientControlNumber: z.string(),
          reason: z.string(),
        }),
      ),
    }),
    access: 'claims.submit',
    audit: 'export',
  }),
  'claims.batchFile': op({
    summary: 'The 837P text of a batch, as sent',
    input: z.object({ batchId: recordId('batch') }),
    output: z.object({ batchId: z.number().int(), fileName: z.string(), content: z.string() }),
    access: 'claims.submit',
    audit: 'export',
  }),
  'claims.batches': op({
    summary: 'The 837P batches made, newest first',
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(BatchSummary),
    access: 'claims.read',
  }),
  'claims.correct': op({
    summary:
      'Replace a claim the payer has (frequency 7): a new draft with its lines to edit; the original becomes corrected',
    input: ClaimId.extend({ reason, payerClaimControlNumber }),
    output: ClaimDetail,
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.void': op({
    summary:
      'Cancel a claim: a frequency-8 void when the payer has it, otherwise just withdrawn; the original becomes voided',
    input: ClaimId.extend({ reason, payerClaimControlNumber }),
    output: ClaimDetail,
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.cms1500': op({
    summary:
      'The claim on a CMS-1500 (02/12) as PDF: the whole form on plain paper, or the data alone for red pre-printed forms',
    input: ClaimId.extend({
      dataOnly: z.boolean().default(false),
      // Each printer feeds paper a little differently; half an inch either way is plenty.
      offsetXPt: z.number().min(-36).max(36).default(0),
      offsetYPt: z.number().min(-36).max(36).default(0),
    }),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    access: 'claims.read',
    audit: 'export',
  }),
  'claims.settings.get': op({
    summary: 'Clearinghouse IDs for 837 files and whether files are test (T) or production (P)',
    input: z.object({}),
    output: ClearinghouseSettings,
    access: 'claims.read',
  }),
  'claims.settings.update': op({
    summary: 'Set the clearinghouse IDs and test/production usage',
    input: ClearinghouseSettings.partial(),
    output: ClearinghouseSettings,
    access: 'settings.manage',
    audit: 'admin',
  }),
}
