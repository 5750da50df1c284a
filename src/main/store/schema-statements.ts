import type { Generated } from 'kysely'

export interface StatementRunsTable {
  id: Generated<number>
  statement_date: string
  /** The run's choices as JSON. */
  options: string
  status: 'running' | 'completed' | 'cancelled'
  count: Generated<number>
  total_due_cents: Generated<number>
  created_at: string
  created_by: string
  completed_at: string | null
}

export interface StatementsTable {
  id: Generated<number>
  run_id: number | null
  account_no: string
  guarantor_patient_id: number
  /** JSON array of the patients on the statement. */
  patient_ids: string
  guarantor_name: string
  statement_date: string
  due_date: string
  amount_due_cents: number
  pages: number
  pdf: Buffer
  created_at: string
  created_by: string
  sent_at: string | null
}

export interface StatementPatientsTable {
  statement_id: number
  patient_id: number
}

export interface CollectionsReviewsTable {
  account_no: string
  flagged_at: string
  statements_without_payment: number
  cleared_at: string | null
  cleared_by: string | null
}

export interface StatementTables {
  statement_runs: StatementRunsTable
  statements: StatementsTable
  statement_patients: StatementPatientsTable
  collections_reviews: CollectionsReviewsTable
}
