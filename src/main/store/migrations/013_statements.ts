import type { Migration } from './migration'

/**
 * Patient statements. A run prints one statement per guarantor account; each printed statement
 * is archived with its exact PDF so it can be reprinted or shown later. `sent_at` stays null until
 * the whole run has completed (a cancelled or failed run marks nothing sent). An account that got
 * N statements in a row with no payment is listed in `collections_reviews` for a person to look at
 * (nothing is sent anywhere automatically).
 */
export const statements: Migration = {
  version: 13,
  name: 'statements',
  up(db) {
    db.exec(`
      CREATE TABLE statement_runs (
        id INTEGER PRIMARY KEY,
        statement_date TEXT NOT NULL,
        options TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled')),
        count INTEGER NOT NULL DEFAULT 0,
        total_due_cents INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        completed_at TEXT
      ) STRICT;

      CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        run_id INTEGER REFERENCES statement_runs (id),
        account_no TEXT NOT NULL,
        guarantor_patient_id INTEGER NOT NULL REFERENCES patients (id),
        patient_ids TEXT NOT NULL,
        guarantor_name TEXT NOT NULL,
        statement_date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        amount_due_cents INTEGER NOT NULL,
        pages INTEGER NOT NULL,
        pdf BLOB NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        sent_at TEXT
      ) STRICT;
      CREATE INDEX statements_by_account ON statements (account_no, statement_date);
      CREATE INDEX statements_by_run ON statements (run_id);

      CREATE TABLE statement_patients (
        statement_id INTEGER NOT NULL REFERENCES statements (id),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        PRIMARY KEY (patient_id, statement_id)
      ) STRICT;

      CREATE TABLE collections_reviews (
        account_no TEXT PRIMARY KEY,
        flagged_at TEXT NOT NULL,
        statements_without_payment INTEGER NOT NULL,
        cleared_at TEXT,
        cleared_by TEXT
      ) STRICT;
    `)
  },
}
