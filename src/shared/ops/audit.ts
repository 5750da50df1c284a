import { z } from 'zod'
import { op } from '../op'

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-27.')

/** Action types to filter by: sign-ins, patient records viewed or changed, exports… */
export const AUDIT_KINDS = [
  'signin',
  'viewed',
  'changed',
  'searched',
  'exported',
  'settings',
  'refused',
] as const
export type AuditKind = (typeof AUDIT_KINDS)[number]
export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  signin: 'Sign-ins and locks',
  viewed: 'Patient records viewed',
  changed: 'Patient records changed',
  searched: 'Searches',
  exported: 'Exports and printouts',
  settings: 'Settings and users changed',
  refused: 'Refused (no permission)',
}

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  /** The action in words, with the claim's number and amounts: "Viewed claim 100046-7D-1". */
  description: z.string(),
  patientId: z.number().int().nullable(),
  /** Account number and name, looked up in main for a user allowed to read the log. */
  patient: z.object({ accountNo: z.string(), name: z.string() }).nullable(),
  detail: z.record(z.string(), z.unknown()),
})
export type AuditEntry = z.infer<typeof AuditEntry>

export const AuditFilter = z.object({
  username: z.string().trim().max(40).optional(),
  action: z.string().trim().max(60).optional(),
  kind: z.enum(AUDIT_KINDS).optional(),
  patientId: z.number().int().positive().optional(),
  /** The patient's account number, as on statements and the patient header. */
  accountNo: z.string().trim().min(1).max(20).optional(),
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
  'audit.export': op({
    summary: 'The audit entries matching a filter as a CSV file, in words, oldest first',
    input: AuditFilter.omit({ beforeId: true, limit: true }),
    output: z.object({ fileName: z.string(), csv: z.string(), count: z.number().int() }),
    access: 'audit.read',
    audit: 'export',
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
