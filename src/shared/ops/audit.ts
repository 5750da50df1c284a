import { z } from 'zod'
import { op } from '../op'

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-27.')

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  patientId: z.number().int().nullable(),
  detail: z.record(z.string(), z.unknown()),
})
export type AuditEntry = z.infer<typeof AuditEntry>

export const AuditFilter = z.object({
  username: z.string().trim().max(40).optional(),
  action: z.string().trim().max(60).optional(),
  patientId: z.number().int().positive().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  beforeId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
})

export const auditOps = {
  'audit.list': op({
    summary: 'Audit entries, newest first, filtered by user, date, patient or action',
    input: AuditFilter,
    output: z.object({ entries: z.array(AuditEntry), nextBeforeId: z.number().int().nullable() }),
    access: 'audit.read',
  }),
  'audit.verify': op({
    summary: 'Walk the hash chain and name the first entry that was changed or removed',
    input: z.object({}),
    output: z.object({
      ok: z.boolean(),
      count: z.number().int(),
      entryId: z.number().int().nullable(),
      reason: z.string().nullable(),
    }),
    access: 'audit.read',
  }),
}
