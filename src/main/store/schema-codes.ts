import type { Generated } from 'kysely'
import type { Flag } from './schema'

/**
 * What one kind of file delivers and replaces as a whole: a set, except that HCPCS and CPT
 * modifiers are two lists in one set, so a new HCPCS file never ends the CPT modifiers.
 */
export type CodeList =
  'icd10cm' | 'hcpcs' | 'cpt' | 'hcpcs-modifier' | 'cpt-modifier' | 'pos' | 'carc' | 'rarc'

export type CodeSetColumn = 'icd10cm' | 'hcpcs' | 'cpt' | 'modifier' | 'pos' | 'carc' | 'rarc'

/** One imported file's contribution to one list (see migration 003). */
export interface CodeVersionsTable {
  id: Generated<number>
  code_set: CodeSetColumn
  list: CodeList
  file_kind: string
  effective_date: string
  source_file: string
  sha256: string
  row_count: number
  added: number
  closed: number
  revised: number
  unchanged: number
  imported_at: string
  imported_by: string | null
}

/** One validity period of one code; text never changes within a period. */
export interface CodesTable {
  id: Generated<number>
  code_set: CodeSetColumn
  list: CodeList
  code: string
  billable: Flag
  short_description: string | null
  long_description: string
  effective_date: string
  end_date: string | null
  version_id: number
}

export interface CodeTables {
  code_versions: CodeVersionsTable
  codes: CodesTable
}
