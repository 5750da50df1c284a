import type { Migration } from './migration'

/**
 * What the clearinghouse and payers said about each claim: one row per answer (999, TA1,
 * 277CA), never edited, so several 277CAs for one claim all stay in its timeline. `claim_id` is
 * null for an answer about a whole batch that names no claim (a TA1 for an interchange ClaimDesk
 * cannot match); `codes` is the JSON of the X12 codes as received, `explanation` the same in
 * plain words, `inbound_file_id` the file it came from.
 */
export const acknowledgments: Migration = {
  version: 9,
  name: 'acknowledgments',
  up(db) {
    db.exec(`
      CREATE TABLE acknowledgments (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER REFERENCES claims (id),
        batch_id INTEGER REFERENCES batches (id),
        kind TEXT NOT NULL CHECK (kind IN ('999', 'TA1', '277CA', 'manual')),
        status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'pending')),
        codes TEXT NOT NULL DEFAULT '[]',
        explanation TEXT NOT NULL,
        payer_claim_number TEXT,
        inbound_file_id INTEGER REFERENCES inbound_files (id),
        at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX acknowledgments_by_claim ON acknowledgments (claim_id, id);
      CREATE INDEX acknowledgments_by_file ON acknowledgments (inbound_file_id);
    `)
  },
}
