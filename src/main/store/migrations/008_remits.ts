import type { Migration } from './migration'

/**
 * Remittance posting. Every 835 claim (CLP) posted against one of our claims is recorded in
 * `remit_claims`, so a later reversal (CLP02 22) finds what to undo and the claim shows the
 * payer's claim number. A CLP that names no claim of ours is never dropped: it waits in
 * `unmatched_remits`, with everything the payer said, until someone assigns it to a claim.
 * A secondary claim the primary payer forwarded itself (CLP02 19/20/21) is noted in
 * `claim_crossovers`, so the office does not send it again unless it decides to.
 */
export const remits: Migration = {
  version: 8,
  name: 'remits',
  up(db) {
    db.exec(`
      CREATE TABLE remit_claims (
        id INTEGER PRIMARY KEY,
        payment_id INTEGER NOT NULL REFERENCES payments (id),
        claim_id INTEGER NOT NULL REFERENCES claims (id),
        status_code TEXT NOT NULL,
        payer_claim_number TEXT NOT NULL DEFAULT '',
        charge_cents INTEGER NOT NULL,
        paid_cents INTEGER NOT NULL,
        patient_responsibility_cents INTEGER NOT NULL,
        segment INTEGER NOT NULL,
        posted_at TEXT NOT NULL,
        posted_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX remit_claims_by_claim ON remit_claims (claim_id);
      CREATE INDEX remit_claims_by_payment ON remit_claims (payment_id);

      CREATE TABLE unmatched_remits (
        id INTEGER PRIMARY KEY,
        payment_id INTEGER NOT NULL REFERENCES payments (id),
        inbound_file_id INTEGER REFERENCES inbound_files (id),
        patient_control_number TEXT NOT NULL,
        payer_claim_number TEXT NOT NULL DEFAULT '',
        status_code TEXT NOT NULL,
        charge_cents INTEGER NOT NULL,
        paid_cents INTEGER NOT NULL,
        segment INTEGER NOT NULL,
        remit TEXT NOT NULL,
        received_at TEXT NOT NULL,
        assigned_claim_id INTEGER REFERENCES claims (id),
        assigned_at TEXT,
        assigned_by TEXT
      ) STRICT;
      CREATE INDEX unmatched_remits_open ON unmatched_remits (assigned_claim_id);

      CREATE TABLE claim_crossovers (
        claim_id INTEGER PRIMARY KEY REFERENCES claims (id),
        from_claim_id INTEGER NOT NULL REFERENCES claims (id),
        payer_name TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        by TEXT NOT NULL
      ) STRICT;
    `)
  },
}
