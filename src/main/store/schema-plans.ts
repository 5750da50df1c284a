import type { Generated } from 'kysely'

export interface PaymentPlansTable {
  id: Generated<number>
  /** The guarantor account's head account number (as on its statements). */
  account_no: string
  guarantor_patient_id: number
  total_cents: number
  down_payment_cents: Generated<number>
  installment_cents: number | null
  installments: number | null
  frequency: 'weekly' | 'biweekly' | 'monthly'
  first_due: string
  remainder: 'first' | 'last'
  start_date: string
  created_at: string
  created_by: string
  ended_at: string | null
  ended_by: string | null
  end_reason: string | null
}

export interface PlanTables {
  payment_plans: PaymentPlansTable
}
