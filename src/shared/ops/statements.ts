import { z } from 'zod'
import { op } from '../op'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-02')
const letters = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{0,3}$/, 'Use one to three letters of the last name, like A or Mc')

export const StatementRunOptions = z.object({
  statementDate: isoDate.optional(),
  minBalanceCents: z.number().int().min(0, 'The minimum balance cannot be negative').optional(),
  fromName: letters.optional(),
  toName: letters.optional(),
  skipBilledWithinDays: z.number().int().min(0).max(365).optional(),
  /** Accounts whose oldest visit still owing was on this day of the month (29–31 count as 28). */
  cycleDay: z
    .number()
    .int()
    .min(1, 'Use a billing cycle day from 1 to 28')
    .max(28, 'Use a billing cycle day from 1 to 28')
    .optional(),
})
export type StatementRunOptions = z.infer<typeof StatementRunOptions>

export const StatementPreview = z.object({
  statementDate: z.string(),
  statements: z.array(
    z.object({
      accountNo: z.string(),
      guarantor: z.string(),
      patients: z.number().int(),
      amountDueCents: z.number().int(),
      insurancePendingCents: z.number().int(),
    }),
  ),
  skipped: z.array(z.object({ accountNo: z.string(), guarantor: z.string(), reason: z.string() })),
  count: z.number().int(),
  totalDueCents: z.number().int(),
})

export const StatementRunOutput = StatementPreview.extend({
  runId: z.number().int().nullable(),
  fileName: z.string(),
  pdfBase64: z.string(),
  flaggedForCollections: z.array(z.string()),
  printed: z.array(
    z.object({
      account: z.string(),
      guarantor: z.string(),
      amountDueCents: z.number().int(),
      pages: z.number().int(),
    }),
  ),
})

export const StatementRunStatus = z.object({
  jobId: z.number().int(),
  state: z.enum(['running', 'completed', 'cancelled', 'failed']),
  /** Statements drawn so far, of `total`. */
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
  result: StatementRunOutput.nullable(),
})

export const StatementHistoryItem = z.object({
  id: z.number().int(),
  accountNo: z.string(),
  guarantor: z.string(),
  statementDate: z.string(),
  dueDate: z.string(),
  amountDueCents: z.number().int(),
  pages: z.number().int(),
  sentAt: z.string().nullable(),
})

const message = z
  .string()
  .trim()
  .min(1, 'Enter the message')
  .max(300, 'Keep the message to 300 characters')

export const StatementSettings = z.object({
  minBalanceCents: z.number().int().min(0),
  skipBilledWithinDays: z.number().int().min(0).max(365),
  collectionsAfterStatements: z.number().int().min(1).max(24),
  dueInDays: z.number().int().min(0).max(90),
  dunning: z.object({ current: message, d30: message, d60: message, d90: message, d120: message }),
})
export type StatementSettingsInput = z.infer<typeof StatementSettings>

export const statementOps = {
  'statements.settings.get': op({
    summary: 'Statement defaults and the messages printed by age (30/60/90/120 days)',
    input: z.object({}),
    output: StatementSettings,
    access: 'statements.run',
  }),
  'statements.settings.update': op({
    summary: 'Change the statement defaults and the messages printed by age',
    input: StatementSettings.partial(),
    output: StatementSettings,
    access: 'statements.run',
    audit: 'admin',
  }),
  'statements.preview': op({
    summary: 'Who would get a statement in this run, with totals, and who is skipped and why',
    input: StatementRunOptions,
    output: StatementPreview,
    access: 'statements.run',
    audit: 'list-read',
  }),
  'statements.run': op({
    summary: 'Print the run as one PDF, archive each statement and mark them sent',
    input: StatementRunOptions,
    output: StatementRunOutput,
    access: 'statements.run',
    audit: 'export',
  }),
  'statements.start': op({
    summary: 'Start printing the run in the background; poll statements.runStatus for progress',
    input: StatementRunOptions,
    output: StatementRunStatus,
    access: 'statements.run',
  }),
  'statements.runStatus': op({
    summary: "A background run's progress, and its PDF once it has completed",
    input: z.object({ jobId: z.number().int().positive() }),
    output: StatementRunStatus,
    access: 'statements.run',
    audit: 'export',
  }),
  'statements.cancel': op({
    summary: 'Stop a background run: nothing is marked sent and nothing is archived',
    input: z.object({ jobId: z.number().int().positive() }),
    output: StatementRunStatus,
    access: 'statements.run',
  }),
  'statements.history': op({
    summary: 'Statements that included this patient, newest first',
    input: z.object({ accountNo: z.string().trim().min(1, 'Enter the account number') }),
    output: z.array(StatementHistoryItem),
    access: 'statements.run',
    audit: 'list-read',
  }),
  'statements.account': op({
    summary: "One account's statement as it would print today (nothing archived or marked sent)",
    input: z.object({
      accountNo: z.string().trim().min(1, 'Enter the account number'),
      statementDate: isoDate.optional(),
    }),
    output: z.object({
      accountNo: z.string(),
      amountDueCents: z.number().int(),
      fileName: z.string(),
      pdfBase64: z.string(),
    }),
    access: 'statements.run',
    audit: 'export',
  }),
  'statements.reprint': op({
    summary: 'The archived PDF of one statement, exactly as it was printed',
    input: z.object({ statementId: z.number().int().positive() }),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    access: 'statements.run',
    audit: 'export',
  }),
}
