import { z } from 'zod'
import { op } from '../op'
import { Acknowledgment, FixAndResendResult, Rejection } from '../schemas/acknowledgment'
import { ClaimDetail } from '../schemas/claim'
import { ImportedFile, INBOUND_KINDS, InboxFile, InboxFileDetail } from '../schemas/inbox'
import { recordId } from '../validators/recordId'

const reason = z
  .string({ error: () => 'Say why, in a few words: the history keeps it' })
  .trim()
  .min(3, { error: 'Say why, in a few words: the history keeps it' })
  .max(500)

/** 20 MB of base64 per file: the largest 277CA or 835 a practice receives is far smaller. */
const MAX_BASE64 = 28_000_000

export const inboxOps = {
  'inbox.list': op({
    summary: 'Files received from the clearinghouse or imported by hand, newest first',
    input: z.object({
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
      kind: z.enum(INBOUND_KINDS).optional(),
    }),
    output: z.array(InboxFile),
    access: 'inbox.read',
  }),
  'inbox.get': op({
    summary: 'One inbound file: what it did, its text, and its answers per claim',
    input: z.object({ fileId: recordId('file') }),
    output: InboxFileDetail,
    access: 'inbox.read',
  }),
  'inbox.import': op({
    summary:
      'Import files by hand (999, TA1, 277CA, vendor reports): the type is read from the content, never the name; the same file twice is applied once',
    input: z.object({
      files: z
        .array(
          z.object({
            name: z.string().trim().min(1).max(255),
            contentBase64: z.string().max(MAX_BASE64),
          }),
        )
        .min(1, { error: 'Choose at least one file' })
        .max(100),
    }),
    output: z.array(ImportedFile),
    access: 'inbox.import',
    audit: 'admin',
  }),
  'claims.acknowledgments': op({
    summary: "A claim's answers from the clearinghouse and payer (999, TA1, 277CA), oldest first",
    input: z.object({ claimId: recordId('claim') }),
    output: z.array(Acknowledgment),
    access: 'claims.read',
  }),
  'claims.rejections': op({
    summary: 'The rejections work list: claims the clearinghouse or payer rejected, with why',
    input: z.object({}).default({}),
    output: z.array(Rejection),
    access: 'claims.read',
  }),
  'claims.fixAndResend': op({
    summary:
      'Send a rejected claim again: back to draft, refreshed from the records and scrubbed, and into the outbox as an original claim when clean',
    input: z.object({ claimId: recordId('claim') }),
    output: FixAndResendResult,
    access: 'claims.write',
    audit: 'patient-write',
  }),
  'claims.moveOn': op({
    summary:
      'Move a sent claim on by hand when no 999 or 277CA will come (accepted by the clearinghouse, or acknowledged by the payer), with a reason',
    input: z.object({
      claimId: recordId('claim'),
      to: z.enum(['accepted', 'acknowledged']),
      reason,
      payerClaimNumber: z.string().trim().max(50).optional(),
    }),
    output: ClaimDetail,
    access: 'claims.write',
    audit: 'patient-write',
  }),
}
