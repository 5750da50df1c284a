import { z } from 'zod'
import { op } from '../op'
import { isoDate, optionalIsoDate } from '../validators/isoDate'

/** The code sets ClaimDesk keeps. HCPCS and CPT modifiers share one set, as they share a claim field. */
export const CODE_SETS = ['icd10cm', 'hcpcs', 'cpt', 'modifier', 'pos', 'carc', 'rarc'] as const
export type CodeSetName = (typeof CODE_SETS)[number]

export const CODE_SET_LABELS: Record<CodeSetName, string> = {
  icd10cm: 'ICD-10-CM diagnoses',
  hcpcs: 'HCPCS Level II',
  cpt: 'CPT',
  modifier: 'Modifiers',
  pos: 'Places of service',
  carc: 'Claim adjustment reason codes (CARC)',
  rarc: 'Remittance advice remark codes (RARC)',
}

/** The kinds of downloaded file the import understands (src/main/codes/parse/types.ts). */
export const CODE_FILE_KINDS = [
  'icd10cm-order',
  'icd10cm-codes',
  'icd10cm-tsv',
  'hcpcs-fixed',
  'hcpcs-csv',
  'cpt-csv',
  'modifier-csv',
  'pos-csv',
  'carc-csv',
  'rarc-csv',
] as const
export type CodeFileKindName = (typeof CODE_FILE_KINDS)[number]

/** One code as valid for a period: what a claim is checked against for its date of service. */
export const CodeEntry = z.object({
  set: z.enum(CODE_SETS),
  /** As claims carry it: upper case, no dot. */
  code: z.string(),
  /** As people read it: ICD-10-CM with its dot (E11.621). */
  display: z.string(),
  /** False for ICD-10-CM category headers, which may not go on a claim. */
  billable: z.boolean(),
  description: z.string(),
  shortDescription: z.string().nullable(),
  /** First and last day (YYYY-MM-DD) this code is valid; end null while still current. */
  effective: z.string(),
  end: z.string().nullable(),
  versionId: z.number().int(),
})
export type CodeEntry = z.infer<typeof CodeEntry>

/** Why a search result was listed, best first: the list is ordered by these tiers. */
export const CODE_MATCHES = ['code', 'code-prefix', 'words', 'loose'] as const
export const CodeHit = CodeEntry.extend({ match: z.enum(CODE_MATCHES) })
export type CodeHit = z.infer<typeof CodeHit>

export const LineProblem = z.object({ line: z.number().int(), message: z.string() })

export const ImportedSet = z.object({
  set: z.enum(CODE_SETS),
  versionId: z.number().int(),
  /** Codes of this set in the file. */
  rows: z.number().int(),
  added: z.number().int(),
  /** Valid the day before the effective date, absent from this file: ended that day. */
  closed: z.number().int(),
  /** Listed again with a changed description or billable flag: a new period from the effective date. */
  revised: z.number().int(),
  unchanged: z.number().int(),
})
export type ImportedSet = z.infer<typeof ImportedSet>

export const CodeImportOutcome = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('imported'),
    kind: z.enum(CODE_FILE_KINDS),
    effective: z.string(),
    sets: z.array(ImportedSet),
    message: z.string(),
  }),
  z.object({
    outcome: z.literal('already-imported'),
    importedAt: z.string(),
    message: z.string(),
  }),
  z.object({
    outcome: z.literal('refused'),
    problems: z.array(LineProblem),
    message: z.string(),
  }),
  /** Nothing imported: the file would end more than a small share of a current list. */
  z.object({
    outcome: z.literal('confirm-shrink'),
    shrinks: z.array(
      z.object({
        set: z.enum(CODE_SETS),
        /** Codes of the set valid the day before the effective date. */
        current: z.number().int(),
        /** Of those, the ones this file would end. */
        wouldEnd: z.number().int(),
      }),
    ),
    message: z.string(),
  }),
])
export type CodeImportOutcome = z.infer<typeof CodeImportOutcome>

export const CodeVersion = z.object({
  versionId: z.number().int(),
  effective: z.string(),
  /** The file's name as imported, or "starter list" for the codes that ship with ClaimDesk. */
  sourceFile: z.string(),
  kind: z.string(),
  sha256: z.string(),
  rows: z.number().int(),
  added: z.number().int(),
  closed: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  /** Whether visits are checked against it today, and if not why and which list is. */
  standing: z.string(),
})

export const CodeSetStatus = z.object({
  set: z.enum(CODE_SETS),
  label: z.string(),
  /** Codes valid today. */
  current: z.number().int(),
  /** The list in force today ("icd10cm_order_2026.txt (from 10/01/2025)"), if any. */
  inForce: z.string().nullable(),
  /** Newest first. */
  versions: z.array(CodeVersion),
  /** Where the practice downloads the full official list, in a sentence. */
  howToGet: z.string(),
})
export type CodeSetStatus = z.infer<typeof CodeSetStatus>

/**
 * The file's text travels as base64, but the audit log records every admin call's input: the
 * file (megabytes of public code text) must not be copied into it. Parsing moves the content into
 * this holder, whose private field the audit's copy of the input cannot see.
 */
export class FileContent {
  readonly #base64: string
  constructor(base64: string) {
    this.#base64 = base64
  }
  get base64(): string {
    return this.#base64
  }
}

const MAX_BASE64_CHARS = 48 * 1024 * 1024

const ImportInput = z
  .object({
    kind: z.enum(CODE_FILE_KINDS).optional(),
    fileName: z.string().trim().min(1, 'Give the name of the file being imported.').max(260),
    contentBase64: z
      .string()
      .min(1, 'The file is empty.')
      .max(MAX_BASE64_CHARS, 'The file is over 36 MB; that is not a code list ClaimDesk knows.'),
    /** When the list takes effect; guessed from the file name (FY2026 → 2025-10-01) when absent. */
    effective: optionalIsoDate('Effective date'),
    /** Load the file even though it ends more than a small share of the current list. */
    allowShrink: z.boolean().optional(),
  })
  .transform(({ contentBase64, ...rest }) => ({ ...rest, content: new FileContent(contentBase64) }))

const Sets = z.array(z.enum(CODE_SETS)).min(1).max(CODE_SETS.length)

export const codeOps = {
  'codes.search': op({
    summary:
      'Find codes as you type: a code (E11.621, e11621, E11.6), or words of its description ("diab foot ulc")',
    input: z.object({
      text: z.string().trim().max(100),
      sets: Sets.optional(),
      /** Only codes valid on this date of service; otherwise each code's latest period. */
      date: optionalIsoDate('Date of service'),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.array(CodeHit),
    access: 'codes.read',
  }),
  'codes.lookup': op({
    summary: 'The code as valid on a date of service, or why it is not',
    input: z.object({
      set: z.enum(CODE_SETS),
      code: z.string().trim().min(1, 'Enter a code.').max(10),
      date: isoDate('Date of service'),
    }),
    output: z.object({ entry: CodeEntry.nullable(), problem: z.string().nullable() }),
    access: 'codes.read',
  }),
  'codes.children': op({
    summary: 'The billable ICD-10-CM codes under a category header, valid on a date of service',
    input: z.object({
      code: z.string().trim().min(1, 'Enter a code.').max(10),
      date: isoDate('Date of service'),
    }),
    output: z.array(CodeEntry),
    access: 'codes.read',
  }),
  'codes.import': op({
    summary:
      'Load a code list downloaded from CMS (or the practice’s CPT list): all of it or none, versioned by its effective date',
    input: ImportInput,
    output: CodeImportOutcome,
    access: 'codes.manage',
    audit: 'admin',
  }),
  'codes.versions': op({
    summary: 'Which code lists are loaded, per set, with effective dates and counts',
    input: z.object({}),
    output: z.array(CodeSetStatus),
    access: 'codes.read',
  }),
}
