import type { Migration } from './migration'

/**
 * Two of the ledger's indexes cost more on every line than they give back (measured inserting a
 * 10,000-claim 835's 70,000 lines: 245 ms with no secondary index):
 * - ledger_date_amounts (date, kind, amounts), 015's covering index for the KPIs, added 90 ms:
 *   each line went to its place among the day's lines sorted by kind and amount. The KPIs and
 *   the collections trend read the daily sums (ledger_days, 016) now; what still reads lines by
 *   date (a day sheet, denials of a period) needs the date alone, where a posting's lines, all
 *   of one date, are added at the end (15 ms).
 * - ledger_denials (016) tested each line against lists of values, and SQLite builds a small
 *   temporary index for each list of more than two values on every statement (48 ms). The same
 *   condition written as comparisons costs nothing measurable. The queries that use this partial
 *   index repeat its condition term for term (reports/denialLines.ts), as SQLite requires.
 */
export const lighterLedgerIndexes: Migration = {
  version: 19,
  name: 'lighter_ledger_indexes',
  up(db) {
    db.exec(`
      DROP INDEX ledger_date_amounts;
      CREATE INDEX ledger_by_date ON ledger_entries (effective_date);

      DROP INDEX ledger_denials;
      CREATE INDEX ledger_denials ON ledger_entries (claim_id, payment_id, insurance_cents)
        WHERE (kind = 'contractual' OR kind = 'patient_responsibility' OR kind = 'other_adjustment')
          AND group_code IS NOT NULL AND claim_id IS NOT NULL
          AND NOT ((group_code = 'CO' AND (reason_code = '45' OR reason_code = '253'))
            OR (group_code = 'PR' AND (reason_code = '1' OR reason_code = '2' OR reason_code = '3'))
            OR (group_code = 'OA' AND reason_code = '23'));
    `)
  },
}
