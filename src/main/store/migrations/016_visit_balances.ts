import type { Migration } from './migration'

/**
 * What each visit owes now, insurance and patient, kept by the database itself: the ledger is
 * append-only (007 refuses updates and deletes), so adding each new line's amounts as it is
 * inserted keeps these sums equal to the ledger's, whoever writes the line. The A/R aging then
 * starts from the few visits still open (the partial index) instead of summing every line ever
 * posted. Backfilled from the ledger here.
 */
export const visitBalances: Migration = {
  version: 16,
  name: 'visit_balances',
  up(db) {
    db.exec(`
      CREATE TABLE visit_balances (
        visit_id INTEGER PRIMARY KEY REFERENCES visits (id),
        insurance_cents INTEGER NOT NULL,
        patient_cents INTEGER NOT NULL
      );
      INSERT INTO visit_balances (visit_id, insurance_cents, patient_cents)
        SELECT visit_id, sum(insurance_cents), sum(patient_cents) FROM ledger_entries
        WHERE visit_id IS NOT NULL GROUP BY visit_id;
      CREATE INDEX visit_balances_open ON visit_balances (visit_id)
        WHERE insurance_cents != 0 OR patient_cents != 0;
      CREATE TRIGGER ledger_entries_visit_balance AFTER INSERT ON ledger_entries
        WHEN NEW.visit_id IS NOT NULL
        BEGIN
          INSERT INTO visit_balances (visit_id, insurance_cents, patient_cents)
            VALUES (NEW.visit_id, NEW.insurance_cents, NEW.patient_cents)
            ON CONFLICT (visit_id) DO UPDATE SET
              insurance_cents = insurance_cents + excluded.insurance_cents,
              patient_cents = patient_cents + excluded.patient_cents;
        END;
    `)
  },
}
