import { z } from 'zod'
import { Acknowledgment } from './acknowledgment'

export const INBOUND_KINDS = ['999', 'TA1', '277CA', '835', '837', 'text', 'unknown'] as const
export const INBOUND_STATUSES = ['received', 'processed', 'refused', 'stored'] as const

export const InboxFile = z.object({
  id: z.number().int(),
  receivedAt: z.string(),
  receivedBy: z.string(),
  source: z.enum(['clearinghouse', 'manual', 'demo']),
  originalName: z.string(),
  kind: z.enum(INBOUND_KINDS),
  size: z.number().int(),
  status: z.enum(INBOUND_STATUSES),
  /** One line in the biller's words: what the file did, or why it was refused. */
  outcome: z.string(),
  processedAt: z.string().nullable(),
})
export type InboxFile = z.infer<typeof InboxFile>

export const InboxFileDetail = InboxFile.extend({
  /** What it did in detail (batches, errors by segment and claim, rejections). */
  detail: z.unknown(),
  /** The file as text (X12 one segment a line); cut at 1 MB with `truncated`. */
  text: z.string(),
  truncated: z.boolean(),
  /** The answers it gave, per claim. */
  acknowledgments: z.array(Acknowledgment.extend({ patientControlNumber: z.string().nullable() })),
})
export type InboxFileDetail = z.infer<typeof InboxFileDetail>

export const ImportedFile = z.object({
  file: InboxFile,
  /** These bytes had been received before: nothing new was applied. */
  duplicate: z.boolean(),
})
export type ImportedFile = z.infer<typeof ImportedFile>
