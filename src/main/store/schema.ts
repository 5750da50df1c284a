import type { Generated } from 'kysely'
import type { ClaimTables } from './schema-claims'
import type { CodeTables } from './schema-codes'
import type { InboxTables } from './schema-inbox'
import type { LedgerTables } from './schema-ledger'
import type { AcknowledgmentTables } from './schema-acknowledgments'
import type { RegistrationTables } from './schema-registration'
import type { RemitTables } from './schema-remits'
import type { VisitTables } from './schema-visits'
import type { FollowUpTables } from './schema-followup'
import type { StatementTables } from './schema-statements'
import type { PlanTables } from './schema-plans'

export type Role = 'admin' | 'biller' | 'front_desk' | 'viewer'

/** SQLite has no boolean: STRICT tables hold 0 or 1, enforced by CHECK. */
export type Flag = 0 | 1

export interface PracticeTable {
  id: 1
  name: string
  created_at: string
  /** The billing-provider record (src/shared/schemas/practice.ts) as JSON; null until set up. */
  profile: string | null
}

export interface UsersTable {
  id: Generated<number>
  username: string
  full_name: string
  role: Role
  disabled: Generated<Flag>
  must_change_password: Generated<Flag>
  created_at: string
  updated_at: string
}

/** `value` is JSON text. */
export interface SettingsTable {
  key: string
  value: string
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  user_id: number | null
  username: string | null
  action: string
  patient_id: number | null
  detail: Generated<string>
  prev_hash: string
  hash: string
}

export interface SchemaMigrationsTable {
  version: number
  name: string
  applied_at: string
}

export interface StoreSchema
  extends
    RegistrationTables,
    CodeTables,
    VisitTables,
    ClaimTables,
    InboxTables,
    LedgerTables,
    RemitTables,
    AcknowledgmentTables,
    FollowUpTables,
    StatementTables,
    PlanTables {
  practice: PracticeTable
  users: UsersTable
  settings: SettingsTable
  audit_log: AuditLogTable
  schema_migrations: SchemaMigrationsTable
}
