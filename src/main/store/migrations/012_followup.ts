import type { Migration } from './migration'

/**
 * The follow-up work queue. What is on the queue is computed from the ledger and the claims
 * (denied lines, claims without an answer, rejections); these tables keep only what people add
 * to an item: who owns it, when to look at it again, whether it is done, and their notes. An
 * item is one claim and one reason (`denial`, `no_answer`, `rejection`).
 */
export const followup: Migration = {
  version: 12,
  name: 'followup',
  up(db) {
    db.exec(`
      CREATE TABLE followup_items (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims (id),
        reason TEXT NOT NULL CHECK (reason IN ('denial', 'no_answer', 'rejection')),
        owner TEXT,
        follow_up_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        UNIQUE (claim_id, reason)
      ) STRICT;

      CREATE TABLE followup_notes (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES followup_items (id),
        note TEXT NOT NULL,
        by TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX followup_notes_by_item ON followup_notes (item_id);
    `)
  },
}
