import { z } from 'zod'
import { op } from '../op'
import { Coverage, PatientCoverages } from '../schemas/coverage'
import { Patient } from '../schemas/patient'
import { recordId } from '../validators/recordId'

export const PatientSummary = z.object({
  patientId: z.number().int(),
  accountNo: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  dob: z.string(),
  sex: z.string(),
  phone: z.string().nullable(),
  primaryPayer: z.string().nullable(),
  memberId: z.string().nullable(),
})
export type PatientSummary = z.infer<typeof PatientSummary>

export const CoverageRow = z.object({
  coverageId: z.number().int(),
  payerName: z.string(),
  coverage: Coverage,
})

export const PatientDetail = z.object({
  patientId: z.number().int(),
  accountNo: z.string(),
  patient: Patient,
  coverages: z.array(CoverageRow),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type PatientDetail = z.infer<typeof PatientDetail>

export const DuplicateMatch = PatientSummary.extend({ reason: z.string() })
export type DuplicateMatch = z.infer<typeof DuplicateMatch>

export const ImportProblem = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
})
export type ImportProblem = z.infer<typeof ImportProblem>

export const IMPORT_FIELDS = [
  'lastName',
  'firstName',
  'middleName',
  'suffix',
  'dob',
  'sex',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'phoneHome',
  'phoneMobile',
  'phoneWork',
  'email',
  'notes',
  'primaryPayer',
  'primaryMemberId',
  'primaryGroupNumber',
  'primaryPlanName',
  'primaryRelationship',
  'primarySubscriberLastName',
  'primarySubscriberFirstName',
  'primarySubscriberDob',
  'primarySubscriberSex',
  'primaryEffectiveDate',
  'primaryEndDate',
  'primaryCopay',
  'secondaryPayer',
  'secondaryMemberId',
  'secondaryGroupNumber',
  'secondaryPlanName',
  'secondaryRelationship',
  'secondarySubscriberLastName',
  'secondarySubscriberFirstName',
  'secondarySubscriberDob',
  'secondarySubscriberSex',
  'secondaryEffectiveDate',
  'secondaryEndDate',
  'secondaryCopay',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

const PatientId = z.object({ patientId: recordId('patient') })

export const patientOps = {
  'patients.search': op({
    summary:
      'Find patients as you type: name prefix ("smi, jo"), DOB, account number, member ID or phone',
    input: z.object({
      text: z.string().trim().max(80),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.array(PatientSummary),
    access: 'patients.read',
    audit: 'list-read',
  }),
  'patients.get': op({
    summary: 'A patient’s demographics and insurance (an audited read)',
    input: PatientId,
    output: PatientDetail,
    access: 'patients.read',
    audit: 'patient-read',
  }),
  'patients.create': op({
    summary: 'Register a patient with coverages; warns first about a likely duplicate',
    input: z.object({
      patient: Patient,
      coverages: PatientCoverages.default([]),
      acknowledgeDuplicates: z.boolean().default(false),
    }),
    output: z.discriminatedUnion('created', [
      z.object({ created: z.literal(true), patientId: z.number().int(), detail: PatientDetail }),
      z.object({ created: z.literal(false), duplicates: z.array(DuplicateMatch) }),
    ]),
    access: 'patients.write',
    audit: 'patient-write',
  }),
  'patients.update': op({
    summary: 'Change a patient’s demographics',
    input: PatientId.extend({ patient: Patient }),
    output: PatientDetail,
    access: 'patients.write',
    audit: 'patient-write',
  }),
  'coverages.save': op({
    summary: 'Add an insurance coverage to a patient, or change one',
    input: PatientId.extend({
      coverageId: z.number().int().positive().optional(),
      coverage: Coverage,
    }),
    output: PatientDetail,
    access: 'patients.write',
    audit: 'patient-write',
  }),
  'coverages.remove': op({
    summary: 'Remove a coverage entered by mistake (end-date it instead when it just ended)',
    input: PatientId.extend({ coverageId: z.number().int().positive() }),
    output: PatientDetail,
    access: 'patients.write',
    audit: 'patient-write',
  }),
  'patients.import': op({
    summary: 'Check a CSV of patients and coverages; with commit, save every row or none',
    input: z.object({
      csv: z
        .string()
        .min(1, 'The file is empty.')
        .max(50 * 1024 * 1024, 'The file is over 50 MB; split it.'),
      mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string()).optional(),
      commit: z.boolean().default(false),
    }),
    output: z.object({
      columns: z.array(z.string()),
      mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string()),
      rowCount: z.number().int(),
      problems: z.array(ImportProblem),
      moreProblems: z.number().int(),
      saved: z.number().int(),
      preview: z.array(
        z.object({
          row: z.number().int(),
          name: z.string(),
          dob: z.string(),
          payer: z.string().nullable(),
        }),
      ),
    }),
    access: 'patients.import',
    audit: 'patient-write',
  }),
}
