import type { Migration } from './migration'

/**
 * A claim's snapshot and an inbound file's bytes each move to a table of their own. SQLite
 * rewrites a whole row when any column of it changes: every status move of a claim rewrote its
 * 2 KB snapshot (an 835 answering 10,000 claims dirtied 5,000 claim pages for a few bytes of
 * status each), and recording a file's outcome rewrote its bytes (3.5 MB for a 10,000-claim
 * 835). The snapshot and the bytes are written once and read whole; the rows that change stay
 * small. And ledger_by_visit goes: ledger_visit_amounts (015) starts with the visit too and
 * serves every lookup by visit, and each index costs on every one of the tens of thousands of
 * lines an 835 posts. Measured with `npm run bench -- era` (pages written per 10,000-claim
 * posting 17,279 → 10,564).
 */
export const documentsApart: Migration = {
  version: 17,
  name: 'documents_apart',
  up(db) {
    db.exec(`
      CREATE TABLE claim_documents (
        claim_id INTEGER PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
        data TEXT NOT NULL
      ) STRICT;
      INSERT INTO claim_documents (claim_id, data) SELECT id, data FROM claims;
      ALTER TABLE claims DROP COLUMN data;

      CREATE TABLE inbound_file_contents (
        file_id INTEGER PRIMARY KEY REFERENCES inbound_files (id),
        content BLOB NOT NULL
      ) STRICT;
      INSERT INTO inbound_file_contents (file_id, content) SELECT id, content FROM inbound_files;
      ALTER TABLE inbound_files DROP COLUMN content;

      DROP INDEX ledger_by_visit;
    `)
  },
}
