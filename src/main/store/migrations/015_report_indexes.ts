import type { Migration } from './migration'

/**
 * Indexes that let the reports add up the ledger from the index alone, without reading each
 * line's row: the A/R aging sums every visit's lines up to a date (by visit), the KPIs sum a
 * period's lines by kind (by date). Measured with `npm run bench -- reports`. The by-date one
 * starts with ledger_by_date's columns, so that index goes: every index is paid for on each of
 * the tens of thousands of lines an 835 posts.
 */
export const reportIndexes: Migration = {
  version: 15,
  name: 'report_indexes',
  up(db) {
    db.exec(`
      CREATE INDEX ledger_visit_amounts
        ON ledger_entries (visit_id, effective_date, insurance_cents, patient_cents);
      CREATE INDEX ledger_date_amounts
        ON ledger_entries (effective_date, kind, insurance_cents, patient_cents);
      DROP INDEX ledger_by_date;
    `)
  },
}
