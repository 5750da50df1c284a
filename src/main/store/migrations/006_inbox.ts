import type { Migration } from './migration'

export const INBOUND_KINDS = `'999', 'TA1', '277CA', '835', '837', 'text', 'unknown'`

/**
 * Every file that comes back from the clearinghouse or is imported by hand (999, TA1, 277CA,
 * 835, vendor text reports), kept raw inside the encrypted store before anything reads it, and
 * keyed by its SHA-256 so the same bytes are never processed twice. `outcome` is the plain-words
 * summary a biller reads in the inbox; `detail` the JSON of what the file did (claims moved,
 * payments posted, problems by segment).
 */
export const inbox: Migration = {
  version: 6,
  name: 'inbox',
  up(db) {
    db.exec(`
      CREATE TABLE inbound_files (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('clearinghouse', 'manual', 'demo')),
        original_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN (${INBOUND_KINDS})),
        size INTEGER NOT NULL CHECK (size >= 0),
        content BLOB NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('received', 'processed', 'refused', 'stored')),
        outcome TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}',
        processed_at TEXT,
        processed_by TEXT
      ) STRICT;
      CREATE INDEX inbound_files_by_time ON inbound_files (received_at);
      CREATE INDEX inbound_files_by_kind ON inbound_files (kind, received_at);
    `)
  },
}
