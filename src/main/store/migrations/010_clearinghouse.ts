import type { Migration } from './migration'

/**
 * Sending through the clearinghouse. A batch keeps its complete 837 text (migration 005) from the
 * transaction that makes it; its claims stay 'queued' until the file is confirmed on the server
 * (upload, remote size matching) or written to disk by hand (export). `sent_at` says when that
 * happened; a batch without it waits in the outbox and can always be written again.
 * Batches made before this step were written to disk when they were made: they count as sent.
 */
export const clearinghouse: Migration = {
  version: 10,
  name: 'clearinghouse',
  up(db) {
    db.exec(`
      ALTER TABLE batches ADD COLUMN sent_at TEXT;
      ALTER TABLE batches ADD COLUMN sent_via TEXT CHECK (sent_via IN ('sftp', 'export'));
      ALTER TABLE batches ADD COLUMN remote_name TEXT;
      UPDATE batches SET sent_at = created_at, sent_via = 'export';
      CREATE INDEX batches_unsent ON batches (sent_at, id);
    `)
  },
}
