import type { Generated } from 'kysely'
import type { Flag } from './schema'

/** Providers, locations, referrers and payers: one shape (see migration 002). */
export interface DirectoryTable {
  id: Generated<number>
  label: string
  key_id: string | null
  active: Generated<Flag>
  /** The record as its zod schema in src/shared defines it, as JSON. */
  data: string
  created_at: string
  updated_at: string
}

export interface FeeScheduleTable {
  code: string
  charge_cents: number
  updated_at: string
}

export interface FeeScheduleAllowedTable {
  code: string
  payer_id: number
  allowed_cents: number
}

export interface PatientsTable {
  id: Generated<number>
  account_no: string
  last_name: string
  first_name: string
  dob: string
  phone_home: string | null
  phone_mobile: string | null
  phone_work: string | null
  data: string
  created_at: string
  updated_at: string
}

export interface CoveragesTable {
  id: Generated<number>
  patient_id: number
  payer_id: number
  coverage_order: 'primary' | 'secondary' | 'tertiary'
  member_id: string
  effective_date: string
  end_date: string | null
  data: string
  created_at: string
  updated_at: string
}

export interface RegistrationTables {
  providers: DirectoryTable
  locations: DirectoryTable
  referrers: DirectoryTable
  payers: DirectoryTable
  fee_schedule: FeeScheduleTable
  fee_schedule_allowed: FeeScheduleAllowedTable
  patients: PatientsTable
  coverages: CoveragesTable
}
