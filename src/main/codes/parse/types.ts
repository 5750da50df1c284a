/** The code sets a practice imports. Modifiers from HCPCS and CPT share one set, told apart by `modifierSet`. */
export type CodeSet = 'icd10cm' | 'hcpcs' | 'cpt' | 'modifier' | 'pos' | 'carc' | 'rarc'

export interface CodeRow {
  set: CodeSet
  /** Upper case, no dot (ICD-10-CM files from CMS never carry the dot). */
  code: string
  /**
   * False only for ICD-10-CM category headers (order file flag 0): they may not go on a claim.
   * Every code in the other sets is a usable leaf, so true.
   */
  billable: boolean
  shortDescription: string | null
  longDescription: string
  /** ISO date (YYYY-MM-DD) the code became valid, when the file says. */
  effective?: string | null
  /** ISO date after which the code may not be used, when the file says (HCPCS termination date). */
  end?: string | null
  modifierSet?: 'hcpcs' | 'cpt'
  /** The list itself says the code is no longer valid but gives no date (old CARC lists). */
  deactivated?: boolean
}

/** A problem a person can fix, pinned to the 1-based line of the file where the record starts. */
export interface LineError {
  line: number
  message: string
}

export interface ParseStats {
  /** Lines in the file, not counting trailing blank lines. */
  lines: number
  rows: number
  billable: number
  /** Non-billable category headers (ICD-10-CM order file flag 0). */
  headers: number
  /** Codes listed more than once; the later listing was kept. */
  duplicates: number
}

/** All or nothing: either every row of the file, or the reasons it cannot be imported. */
export type ParseResult =
  { ok: true; rows: CodeRow[]; stats: ParseStats } | { ok: false; errors: LineError[] }

/** The whole downloaded file, as bytes (any encoding we can read) or already-decoded text. */
export type CodeFileInput = Uint8Array | string

// The contract lists the kinds (the import screen offers them); the parsers serve exactly those.
export { CODE_FILE_KINDS, type CodeFileKindName as CodeFileKind } from '../../../shared/ops/codes'
