import type { Migration } from './migration'

/**
 * A received file's bytes may be kept deflated (`packing = 'deflate'`), as X12 text shrinks
 * about tenfold: a 10,000-claim 835 is 3.5 MB, 874 pages written in the posting's commit and
 * kept in the store for good. The bytes read back are the bytes received either way
 * (inbox/files.ts); files stored before stay as they are.
 */
export const fileContentsPacked: Migration = {
  version: 21,
  name: 'file_contents_packed',
  up(db) {
    db.exec(`
      ALTER TABLE inbound_file_contents ADD COLUMN packing TEXT NOT NULL DEFAULT 'raw'
        CHECK (packing = 'raw' OR packing = 'deflate');
    `)
  },
}
