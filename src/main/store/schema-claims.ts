import type { Generated } from 'kysely'
import type {
  ClaimFrequency,
  ClaimOutcome,
  ClaimResponsibility,
  ClaimStatus,
  FindingSeverity,
} from '../../shared/schemas/claim'

export interface ClaimsTable {
  id: Generated<number>
  visit_id: number
  patient_id: number
  payer_id: number
  coverage_id: number | null
  rendering_provider_id: number
  responsibility: ClaimResponsibility
  patient_control_number: string
  frequency: ClaimFrequency
  replaces_claim_id: number | null
  payer_claim_control_number: string | null
  /** Frequency 7/8: the payer's number of the claim replaced or voided (REF*F8, box 22). */
  original_reference: string | null
  status: ClaimStatus
  outcome: ClaimOutcome | null
  date_of_service: string
  total_cents: number
  split_part: number
  split_count: number
  submitted_at: string | null
  created_at: string
  updated_at: string
}

/** The claim's snapshot (src/main/claims/claim.ts ClaimData) as JSON, apart from its row. */
export interface ClaimDocumentsTable {
  claim_id: number
  data: string
}

export interface ClaimLinesTable {
  id: Generated<number>
  claim_id: number
  line_no: number
  code: string
  /** JSON array of 2-character modifiers. */
  modifiers: string
  units: number
  charge_cents: number
  /** JSON array of 1-based diagnosis positions. */
  pointers: string
  /** JSON of the NDC (src/shared/schemas/visit.ts Ndc), or null. */
  ndc: string | null
  line_control_number: string
}

export interface ClaimHistoryTable {
  id: Generated<number>
  claim_id: number
  at: string
  user: string
  from_status: ClaimStatus | null
  to_status: ClaimStatus
  reason: string
  source_file: string | null
}

export interface ClaimFindingsTable {
  id: Generated<number>
  claim_id: number
  rule_id: string
  severity: FindingSeverity
  message: string
  field: string
  acknowledged_by: string | null
  acknowledged_at: string | null
}

export interface BatchesTable {
  id: Generated<number>
  created_at: string
  created_by: string
  interchange_control_number: number
  group_control_number: number
  transaction_control_number: number
  transaction_count: number
  file_name: string
  content: string
  claim_count: number
  total_cents: number
  usage: 'T' | 'P'
  /** When the file was confirmed on the clearinghouse's server or written to disk (migration 010). */
  sent_at: Generated<string | null>
  sent_via: Generated<'sftp' | 'export' | null>
  remote_name: Generated<string | null>
}

export interface BatchClaimsTable {
  batch_id: number
  claim_id: number
}

export interface ControlNumbersTable {
  name: string
  last: number
}

export interface ClaimTables {
  claims: ClaimsTable
  claim_documents: ClaimDocumentsTable
  claim_lines: ClaimLinesTable
  claim_history: ClaimHistoryTable
  claim_findings: ClaimFindingsTable
  batches: BatchesTable
  batch_claims: BatchClaimsTable
  control_numbers: ControlNumbersTable
}
