import type { Generated } from 'kysely'

export type LedgerKind =
  | 'charge'
  | 'insurance_payment'
  | 'contractual'
  | 'patient_responsibility'
  | 'other_adjustment'
  | 'patient_payment'
  | 'write_off'
  | 'refund'
  | 'transfer'

export type AdjustmentGroup = 'CO' | 'PR' | 'OA' | 'PI' | 'CR'

export interface DepositsTable {
  id: Generated<number>
  deposit_date: string
  bank_reference: Generated<string>
  memo: Generated<string>
  created_at: string
  created_by: string
  closed_at: string | null
  closed_by: string | null
}

export interface PaymentsTable {
  id: Generated<number>
  source: 'insurance' | 'patient'
  method: 'eft' | 'check' | 'cash' | 'card' | 'none' | 'other'
  received_date: string
  amount_cents: number
  payer_id: number | null
  patient_id: number | null
  payer_name: Generated<string>
  /** Check number, EFT trace (835 TRN02), or receipt number. */
  reference: Generated<string>
  /** Unique per payer and trace number, so the same check or EFT is never posted twice. */
  trace_key: string | null
  card_last4: string | null
  inbound_file_id: number | null
  deposit_id: number | null
  memo: Generated<string>
  recorded_at: string
  recorded_by: string
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface LedgerEntriesTable {
  id: Generated<number>
  kind: LedgerKind
  posted_at: string
  posted_by: string
  /** The accounting date: the check or deposit date for money, the date of service for charges. */
  effective_date: string
  patient_id: number
  visit_id: number | null
  /** The visit's service line (1-based); null for entries on the account as a whole. */
  line_no: number | null
  claim_id: number | null
  claim_line_id: number | null
  payer_id: number | null
  payment_id: number | null
  /** How much this changed what insurance owes (charges +, payments and adjustments −). */
  insurance_cents: number
  /** How much this changed what the patient owes. */
  patient_cents: number
  group_code: AdjustmentGroup | null
  /** CARC for remittance adjustments; the write-off reason for write-offs. */
  reason_code: string | null
  /** JSON array of RARCs. */
  remark_codes: Generated<string>
  reverses_id: number | null
  /**
   * Where it came from in words ("check 1234 from …", "refund by check of credit …"). Empty on the
   * lines an 835 posts: their payment and claim say it (ledger/patientLedger.ts puts it in words).
   */
  source: Generated<string>
  memo: Generated<string>
}

export interface ProviderAdjustmentsTable {
  id: Generated<number>
  payment_id: number
  fiscal_period_date: string
  /** PLB03-1: L6 interest, WO overpayment recovery, 72 authorized return, FB forward balance… */
  reason_code: string
  reference: Generated<string>
  /** As PLB04 has it: positive reduces the payment, negative increases it. */
  amount_cents: number
  posted_at: string
  posted_by: string
  reverses_id: number | null
}

/** Each visit's ledger lines added up (see 016_ledger_summaries). */
export interface VisitBalancesTable {
  visit_id: number
  /** The visit's, copied so the aging reads no visit row. */
  patient_id: number
  date_of_service: string
  insurance_cents: number
  patient_cents: number
  /** The latest effective date among the visit's lines. */
  last_date: string
}

/** The ledger's lines added up per accounting day and kind (see 016_ledger_summaries). */
export interface LedgerDaysTable {
  effective_date: string
  kind: LedgerKind
  /** 1: lines on a visit; 0: lines on the account as a whole (unapplied credit). */
  on_visit: number
  insurance_cents: number
  patient_cents: number
}

export interface LedgerTables {
  deposits: DepositsTable
  payments: PaymentsTable
  ledger_entries: LedgerEntriesTable
  provider_adjustments: ProviderAdjustmentsTable
  visit_balances: VisitBalancesTable
  ledger_days: LedgerDaysTable
}
