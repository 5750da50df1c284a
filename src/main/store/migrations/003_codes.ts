import type { Migration } from './migration'

const SETS = `'icd10cm', 'hcpcs', 'cpt', 'modifier', 'pos', 'carc', 'rarc'`
const LISTS = `'icd10cm', 'hcpcs', 'cpt', 'hcpcs-modifier', 'cpt-modifier', 'pos', 'carc', 'rarc'`
const ISO_DATE = `GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`

/** A modifier list belongs to the modifier set; every other list is its own set. */
const SET_OF_LIST = `code_set = CASE WHEN list LIKE '%-modifier' THEN 'modifier' ELSE list END`

/**
 * Code sets (ICD-10-CM, HCPCS, CPT, modifiers, POS, CARC, RARC), versioned by effective date so a
 * claim is checked against the codes valid on its date of service.
 *
 * - `code_versions`: one row per imported file and list (an HCPCS file carries two lists: codes
 *   and modifiers), with the file's sha256 so the same file is never imported twice.
 * - `codes`: one row per validity period of a code. A code dropped from a newer file gets an end
 *   date; a code whose description changes starts a new period, so old claims keep their text.
 * - `codes_fts`: full-text index over code and descriptions for search-as-you-type (external
 *   content: the text lives once, in `codes`). The import keeps it in step row by row, not a
 *   trigger: FTS5 flushes its pending terms at every statement savepoint a trigger opens, which
 *   made a full ICD-10-CM load three times slower.
 */
export const codes: Migration = {
  version: 3,
  name: 'codes',
  up(db) {
    db.exec(`
      CREATE TABLE code_versions (
        id INTEGER PRIMARY KEY,
        code_set TEXT NOT NULL CHECK (code_set IN (${SETS})),
        list TEXT NOT NULL CHECK (list IN (${LISTS})),
        file_kind TEXT NOT NULL,
        effective_date TEXT NOT NULL CHECK (effective_date ${ISO_DATE}),
        source_file TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        row_count INTEGER NOT NULL CHECK (row_count >= 0),
        added INTEGER NOT NULL,
        closed INTEGER NOT NULL,
        revised INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT,
        CHECK (${SET_OF_LIST}),
        UNIQUE (list, sha256, effective_date)
      ) STRICT;
      CREATE INDEX code_versions_by_list ON code_versions (list, effective_date);

      CREATE TABLE codes (
        id INTEGER PRIMARY KEY,
        code_set TEXT NOT NULL CHECK (code_set IN (${SETS})),
        list TEXT NOT NULL CHECK (list IN (${LISTS})),
        code TEXT NOT NULL CHECK (code GLOB '[A-Z0-9]*' AND code NOT GLOB '*[^A-Z0-9]*'),
        billable INTEGER NOT NULL CHECK (billable IN (0, 1)),
        short_description TEXT,
        long_description TEXT NOT NULL,
        effective_date TEXT NOT NULL CHECK (effective_date ${ISO_DATE}),
        end_date TEXT CHECK (end_date ${ISO_DATE} AND end_date >= effective_date),
        version_id INTEGER NOT NULL REFERENCES code_versions (id),
        CHECK (${SET_OF_LIST}),
        UNIQUE (list, code, effective_date)
      ) STRICT;
      CREATE INDEX codes_by_set_code ON codes (code_set, code, effective_date);

      CREATE VIRTUAL TABLE codes_fts USING fts5 (
        code, long_description, short_description,
        content = 'codes', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
      );

      -- The index holds each row's text as inserted; only the dates of a period may change.
      CREATE TRIGGER codes_text_is_fixed
      BEFORE UPDATE OF code_set, list, code, billable, short_description, long_description ON codes
      BEGIN
        SELECT RAISE(ABORT, 'A code period''s text is fixed: a revised description starts a new period');
      END;
    `)
  },
}
