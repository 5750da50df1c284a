import type { Migration } from './migration'

/**
 * What every claim is made from: the practice as billing provider, its providers, locations,
 * referring providers, payers and fee schedule; patients and their coverages.
 *
 * Each record keeps its validated form as JSON in `data` (the zod schema in src/shared is its
 * definition); the columns beside it are only what lists and searches need.
 */
export const registration: Migration = {
  version: 2,
  name: 'registration',
  up(db) {
    db.exec(`
      ALTER TABLE practice ADD COLUMN profile TEXT;

      ${directoryTable('providers')}
      ${directoryTable('locations')}
      ${directoryTable('referrers')}
      ${directoryTable('payers')}

      CREATE TABLE fee_schedule (
        code TEXT PRIMARY KEY,
        charge_cents INTEGER NOT NULL CHECK (charge_cents > 0),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE fee_schedule_allowed (
        code TEXT NOT NULL REFERENCES fee_schedule (code) ON DELETE CASCADE,
        payer_id INTEGER NOT NULL REFERENCES payers (id),
        allowed_cents INTEGER NOT NULL CHECK (allowed_cents >= 0),
        PRIMARY KEY (code, payer_id)
      ) STRICT;

      CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        account_no TEXT NOT NULL UNIQUE,
        last_name TEXT NOT NULL COLLATE NOCASE,
        first_name TEXT NOT NULL COLLATE NOCASE,
        dob TEXT NOT NULL,
        phone_home TEXT,
        phone_mobile TEXT,
        phone_work TEXT,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- The next account number is max(account number) + 1, read once per new patient. The
      -- expression must read exactly as Kysely compiles it (type name in lower case) to be used.
      CREATE INDEX patients_by_account_number ON patients (cast("account_no" as integer));
      CREATE INDEX patients_by_name ON patients (last_name, first_name);
      -- With the last name, so a first-name search sorts by name from the index alone.
      CREATE INDEX patients_by_first_name ON patients (first_name, last_name);
      CREATE INDEX patients_by_dob ON patients (dob);
      -- The finder opens on the most recently changed patients, before anything is typed.
      CREATE INDEX patients_by_updated_at ON patients (updated_at);
      CREATE INDEX patients_by_phone_home ON patients (phone_home);
      CREATE INDEX patients_by_phone_mobile ON patients (phone_mobile);
      CREATE INDEX patients_by_phone_work ON patients (phone_work);

      CREATE TABLE coverages (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        payer_id INTEGER NOT NULL REFERENCES payers (id),
        coverage_order TEXT NOT NULL CHECK (coverage_order IN ('primary', 'secondary', 'tertiary')),
        member_id TEXT NOT NULL COLLATE NOCASE,
        effective_date TEXT NOT NULL,
        end_date TEXT,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX coverages_by_patient ON coverages (patient_id);
      CREATE INDEX coverages_by_member ON coverages (member_id);
      CREATE INDEX coverages_by_payer_member ON coverages (payer_id, member_id);
    `)
  },
}

/** Providers, locations, referrers and payers share one shape: a label, a key id, the record. */
function directoryTable(name: string): string {
  return `
      CREATE TABLE ${name} (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL COLLATE NOCASE,
        key_id TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ${name}_by_label ON ${name} (label);
      CREATE INDEX ${name}_by_key ON ${name} (key_id);`
}
