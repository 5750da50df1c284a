import { z } from 'zod'
import { op } from '../op'
import { Visit } from '../schemas/visit'
import { isoDate } from '../validators/isoDate'
import { recordId } from '../validators/recordId'

export const VISIT_STATUSES = ['draft', 'coded', 'billed'] as const
export type VisitStatus = (typeof VISIT_STATUSES)[number]

/** A reason a visit cannot be marked coded, at the field to fix. */
export const CodingProblem = z.object({
  field: z.string(),
  message: z.string(),
  /** For a header (non-billable) diagnosis: the billable codes under it to pick from. */
  suggestions: z.array(z.object({ code: z.string(), description: z.string() })).default([]),
})
export type CodingProblem = z.infer<typeof CodingProblem>

export const VisitDetail = z.object({
  visitId: z.number().int(),
  status: z.enum(VISIT_STATUSES),
  visit: Visit,
  patientName: z.string(),
  totalCents: z.number().int(),
  updatedAt: z.string(),
})
export type VisitDetail = z.infer<typeof VisitDetail>

export const VisitSummary = z.object({
  visitId: z.number().int(),
  patientId: z.number().int(),
  patientName: z.string(),
  dateOfService: z.string(),
  provider: z.string(),
  status: z.enum(VISIT_STATUSES),
  diagnoses: z.array(z.string()),
  codes: z.array(z.string()),
  totalCents: z.number().int(),
})

export const Favorite = z.object({
  set: z.enum(['icd10cm', 'procedure']),
  code: z.string().trim().toUpperCase().min(2).max(8),
  label: z.string().trim().max(60).default(''),
})

const VisitId = z.object({ visitId: recordId('visit') })

export const visitOps = {
  'visits.list': op({
    summary: 'Visits by patient, status or date of service, newest first',
    input: z.object({
      patientId: z.number().int().positive().optional(),
      status: z.enum(VISIT_STATUSES).optional(),
      from: isoDate('From').optional(),
      to: isoDate('To').optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.array(VisitSummary),
    access: 'visits.read',
  }),
  'visits.get': op({
    summary: 'One visit with its diagnoses and service lines',
    input: VisitId,
    output: VisitDetail,
    access: 'visits.read',
    audit: 'patient-read',
  }),
  'visits.save': op({
    summary: 'Save a visit as a draft (new, or changes to one not yet billed)',
    input: z.object({ visitId: z.number().int().positive().optional(), visit: Visit }),
    output: VisitDetail,
    access: 'visits.write',
    audit: 'patient-write',
  }),
  'visits.markCoded': op({
    summary:
      'Check every code against the code sets on the date of service and mark the visit coded',
    input: VisitId,
    output: z.object({ coded: z.boolean(), problems: z.array(CodingProblem), detail: VisitDetail }),
    access: 'visits.write',
    audit: 'patient-write',
  }),
  'visits.reopen': op({
    summary: 'Put a coded visit back to draft to change it (not once billed)',
    input: VisitId,
    output: VisitDetail,
    access: 'visits.write',
    audit: 'patient-write',
  }),
  'favorites.list': op({
    summary: 'The practice’s common codes, one keystroke away on the coding screen',
    input: z.object({}),
    output: z.array(Favorite.extend({ description: z.string() })),
    access: 'visits.read',
  }),
  'favorites.save': op({
    summary: 'Add a code to the favorites, or relabel it',
    input: Favorite,
    output: z.object({}),
    access: 'visits.write',
  }),
  'favorites.remove': op({
    summary: 'Take a code off the favorites',
    input: Favorite.pick({ set: true, code: true }),
    output: z.object({}),
    access: 'visits.write',
  }),
}
