import type Database from 'better-sqlite3-multiple-ciphers'
import { StoreError } from '../store-error'
import type { Migration } from './migration'
import { editSchema } from './schema-edit'

/**
 * Every ledger line an 835 posts paid for a place in three indexes that only a few lines need
 * (measured on a 10,000-claim 835's 70,000 lines; the 1,430 pages they wrote were 18% of the
 * posting's):
 * - ledger_by_patient (patient, date), 596 pages: a patient's lines on visits are found through
 *   their visits now (ledger/ofPatients.ts), so only lines on no visit (credit on the account,
 *   its refunds and transfers) are indexed by patient: `ledger_account_lines`.
 * - ledger_visit_amounts keeps lines on no visit out: they were all under one key (NULL), and
 *   nothing asks for them that way.
 * - reverses_id was UNIQUE, which indexes every line, NULL included, to say that a line is
 *   reversed at most once. Only reversals are indexed now (`ledger_reversed_once`), with the same
 *   rule. The column's UNIQUE is taken out of the table's definition and its index renamed as an
 *   ordinary unique index (the stored index is the same: the value, then the row id), which is
 *   then dropped like any other (schema-edit.ts).
 */
export const ledgerByVisit: Migration = {
  version: 20,
  name: 'ledger_by_visit',
  up(db) {
    db.exec(`
      DROP INDEX ledger_by_patient;
      CREATE INDEX ledger_account_lines ON ledger_entries (patient_id, effective_date)
        WHERE visit_id IS NULL;

      DROP INDEX ledger_visit_amounts;
      CREATE INDEX ledger_visit_amounts
        ON ledger_entries (visit_id, effective_date, insurance_cents, patient_cents)
        WHERE visit_id IS NOT NULL;
    `)
    reversedOnceAmongReversals(db)
  },
}

const UNIQUE_REVERSES = 'reverses_id INTEGER UNIQUE REFERENCES'

function reversedOnceAmongReversals(db: Database.Database): void {
  const table = db
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'ledger_entries'",
    )
    .get()
  const autoIndexes = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'ledger_entries' AND name LIKE 'sqlite_autoindex_%'",
    )
    .all()
  if (!table || table.sql.split(UNIQUE_REVERSES).length !== 2 || autoIndexes.length !== 1) {
    throw new StoreError('corrupt', "The ledger's table is not defined as this update expects.")
  }
  editSchema(db, [
    {
      type: 'table',
      name: 'ledger_entries',
      sql: table.sql.replace(UNIQUE_REVERSES, 'reverses_id INTEGER REFERENCES'),
    },
    {
      type: 'index',
      name: autoIndexes[0]!.name,
      newName: 'ledger_reverses_every_line',
      sql: 'CREATE UNIQUE INDEX ledger_reverses_every_line ON ledger_entries (reverses_id)',
    },
  ])
  db.exec(`
    DROP INDEX ledger_reverses_every_line;
    CREATE UNIQUE INDEX ledger_reversed_once ON ledger_entries (reverses_id)
      WHERE reverses_id IS NOT NULL;
  `)
}
