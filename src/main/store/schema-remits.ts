import type { Generated } from 'kysely'

export interface RemitClaimsTable {
  id: Generated<number>
  payment_id: number
  claim_id: number
  /** CLP02. */
  status_code: string
  payer_claim_number: Generated<string>
  charge_cents: number
  paid_cents: number
  patient_responsibility_cents: number
  /** The CLP's segment number in its file. */
  segment: number
  posted_at: string
  posted_by: string
}

export interface UnmatchedRemitsTable {
  id: Generated<number>
  payment_id: number
  inbound_file_id: number | null
  patient_control_number: string
  payer_claim_number: Generated<string>
  status_code: string
  charge_cents: number
  paid_cents: number
  segment: number
  /** The 835 claim as read (src/main/x12/read835.ts RemitClaim), JSON. */
  remit: string
  received_at: string
  assigned_claim_id: number | null
  assigned_at: string | null
  assigned_by: string | null
}

export interface ClaimCrossoversTable {
  claim_id: number
  from_claim_id: number
  payer_name: Generated<string>
  at: string
  by: string
}

export interface RemitTables {
  remit_claims: RemitClaimsTable
  unmatched_remits: UnmatchedRemitsTable
  claim_crossovers: ClaimCrossoversTable
}
