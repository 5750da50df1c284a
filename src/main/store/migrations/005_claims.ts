import type { Migration } from './migration'

const STATUSES = `'draft', 'ready', 'queued', 'submitted', 'accepted', 'rejected', 'acknowledged',
  'payer_rejected', 'adjudicated', 'closed', 'corrected', 'voided'`
const RESPONSIBILITIES = `'primary', 'secondary', 'tertiary'`

/**
 * Claims and what happens to them: the claim with a JSON snapshot of everything its 837P needs
 * (so a later change to a patient or payer does not silently change a claim already sent), its
 * service lines, every status change (who, when, why, from which file), the scrubber's findings,
 * and the 837 batches with their control numbers.
 *
 * `control_numbers` holds the last ISA13/GS06/ST02 issued: each batch takes the next ones in the
 * transaction that records it, so a number in a file that was recorded is never issued again.
 */
export const claims: Migration = {
  version: 5,
  name: 'claims',
  up(db) {
    db.exec(`
      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits (id),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        payer_id INTEGER NOT NULL REFERENCES payers (id),
        coverage_id INTEGER,
        rendering_provider_id INTEGER NOT NULL REFERENCES providers (id),
        responsibility TEXT NOT NULL CHECK (responsibility IN (${RESPONSIBILITIES})),
        patient_control_number TEXT NOT NULL UNIQUE
          CHECK (length(patient_control_number) BETWEEN 1 AND 17),
        frequency TEXT NOT NULL CHECK (frequency IN ('1', '7', '8')),
        replaces_claim_id INTEGER REFERENCES claims (id),
        payer_claim_control_number TEXT,
        status TEXT NOT NULL CHECK (status IN (${STATUSES})),
        outcome TEXT CHECK (outcome IN ('paid', 'partial', 'denied')),
        date_of_service TEXT NOT NULL,
        total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
        split_part INTEGER NOT NULL CHECK (split_part >= 1),
        split_count INTEGER NOT NULL CHECK (split_count >= split_part),
        submitted_at TEXT,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((frequency = '1') = (replaces_claim_id IS NULL))
      ) STRICT;
      CREATE INDEX claims_by_status ON claims (status, date_of_service);
      CREATE INDEX claims_by_patient ON claims (patient_id, date_of_service);
      CREATE INDEX claims_by_payer ON claims (payer_id, status);
      CREATE INDEX claims_by_provider ON claims (rendering_provider_id, status);
      CREATE INDEX claims_by_visit ON claims (visit_id);
      CREATE INDEX claims_by_date ON claims (date_of_service);
      CREATE INDEX claims_by_submitted ON claims (submitted_at);

      CREATE TABLE claim_lines (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL CHECK (line_no BETWEEN 1 AND 50),
        code TEXT NOT NULL,
        modifiers TEXT NOT NULL DEFAULT '[]',
        units INTEGER NOT NULL,
        charge_cents INTEGER NOT NULL,
        pointers TEXT NOT NULL DEFAULT '[]',
        ndc TEXT,
        line_control_number TEXT NOT NULL UNIQUE,
        UNIQUE (claim_id, line_no)
      ) STRICT;
      CREATE INDEX claim_lines_by_code ON claim_lines (code);

      CREATE TABLE claim_history (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        from_status TEXT CHECK (from_status IN (${STATUSES})),
        to_status TEXT NOT NULL CHECK (to_status IN (${STATUSES})),
        reason TEXT NOT NULL DEFAULT '',
        source_file TEXT
      ) STRICT;
      CREATE INDEX claim_history_by_claim ON claim_history (claim_id, id);

      CREATE TABLE claim_findings (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
        message TEXT NOT NULL,
        field TEXT NOT NULL,
        acknowledged_by TEXT,
        acknowledged_at TEXT,
        CHECK (severity = 'warning' OR acknowledged_by IS NULL)
      ) STRICT;
      CREATE INDEX claim_findings_by_claim ON claim_findings (claim_id, rule_id);

      CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        interchange_control_number INTEGER NOT NULL UNIQUE,
        group_control_number INTEGER NOT NULL UNIQUE,
        transaction_control_number INTEGER NOT NULL UNIQUE,
        transaction_count INTEGER NOT NULL CHECK (transaction_count >= 1),
        file_name TEXT NOT NULL UNIQUE,
        content TEXT NOT NULL,
        claim_count INTEGER NOT NULL CHECK (claim_count >= 1),
        total_cents INTEGER NOT NULL,
        usage TEXT NOT NULL CHECK (usage IN ('T', 'P'))
      ) STRICT;

      CREATE TABLE batch_claims (
        batch_id INTEGER NOT NULL REFERENCES batches (id),
        claim_id INTEGER NOT NULL REFERENCES claims (id),
        PRIMARY KEY (batch_id, claim_id)
      ) STRICT;
      CREATE INDEX batch_claims_by_claim ON batch_claims (claim_id);

      CREATE TABLE control_numbers (
        name TEXT PRIMARY KEY,
        last INTEGER NOT NULL CHECK (last >= 0)
      ) STRICT;
    `)
  },
}
