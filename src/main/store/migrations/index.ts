import type Database from 'better-sqlite3-multiple-ciphers'
import { StoreError } from '../store-error'
import { accounts } from './001_accounts'
import { registration } from './002_registration'
import { codes } from './003_codes'
import { visits } from './004_visits'
import { claims } from './005_claims'
import { inbox } from './006_inbox'
import { ledger } from './007_ledger'
import { remits } from './008_remits'
import { acknowledgments } from './009_acknowledgments'
import { clearinghouse } from './010_clearinghouse'
import { claimReference } from './011_claim_reference'
import { followup } from './012_followup'
import { statements } from './013_statements'
import { paymentPlans } from './014_payment_plans'
import { reportIndexes } from './015_report_indexes'
import { ledgerSummaries } from './016_ledger_summaries'
import { documentsApart } from './017_documents_apart'
import { checksAsComparisons } from './018_checks_as_comparisons'
import { lighterLedgerIndexes } from './019_lighter_ledger_indexes'
import { ledgerByVisit } from './020_ledger_by_visit'
import { fileContentsPacked } from './021_file_contents_packed'
import type { Migration } from './migration'

export type { Migration } from './migration'

/** In order. Append only: a shipped migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  accounts,
  registration,
  codes,
  visits,
  claims,
  inbox,
  ledger,
  remits,
  acknowledgments,
  clearinghouse,
  claimReference,
  followup,
  statements,
  paymentPlans,
  reportIndexes,
  ledgerSummaries,
  documentsApart,
  checksAsComparisons,
  lighterLedgerIndexes,
  ledgerByVisit,
  fileContentsPacked,
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0

interface AppliedRow {
  version: number
  name: string
}

/** Brings the schema up to `upTo` (default: latest); refuses a database this copy cannot read. */
export function migrate(
  db: Database.Database,
  upTo: number = LATEST_SCHEMA_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`)
  const applied = db
    .prepare<[], AppliedRow>('SELECT version, name FROM schema_migrations ORDER BY version')
    .all()
  refuseUnknown(applied, migrations)
  const done = new Set(applied.map((row) => row.version))
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  for (const migration of migrations) {
    if (migration.version > upTo || done.has(migration.version)) continue
    db.transaction(() => {
      migration.up(db)
      record.run(migration.version, migration.name, new Date().toISOString())
    }).immediate()
  }
}

/** The highest version this database records (0 for a fresh file). */
export function schemaVersion(db: Database.Database): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get()
  if (table === undefined) return 0
  const row = db
    .prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations')
    .get()
  return row?.v ?? 0
}

export function refuseNewerSchema(version: number, latest: number = LATEST_SCHEMA_VERSION): void {
  if (version > latest) {
    throw new StoreError(
      'newer_schema',
      `This practice's data was written by a newer ClaimDesk (schema ${version}). ` +
        `This copy understands up to ${latest} — install the newer version.`,
    )
  }
}

function refuseUnknown(applied: AppliedRow[], migrations: readonly Migration[]): void {
  const latest = migrations[migrations.length - 1]?.version ?? 0
  refuseNewerSchema(Math.max(0, ...applied.map((row) => row.version)), latest)
  for (const row of applied) {
    const known = migrations.find((migration) => migration.version === row.version)
    if (known?.name !== row.name) {
      throw new StoreError(
        'corrupt',
        `This practice's data records schema step ${row.version} ("${row.name}"), which this ` +
          'copy of ClaimDesk does not know. It may come from a different build; do not edit it — ' +
          'contact support.',
      )
    }
  }
}
