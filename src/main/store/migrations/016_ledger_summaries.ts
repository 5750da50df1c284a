import type { Migration } from './migration'

/**
 * The ledger added up, kept beside it so reports need not read every line: what each visit owes
 * (`visit_balances`, with the visit's patient and date of service, which the aging groups and
 * ages by; saveVisit keeps them in step) and what each accounting day moved by kind
 * (`ledger_days`). Both are written
 * in the same transaction as the lines they add up, by the one function that writes ledger lines
 * (ledger/entries.ts), never by a trigger: a trigger makes each ledger insert a multi-statement
 * write, which SQLite journals statement by statement — it made an 835 posting half again as
 * slow. The ledger stays the truth; a test holds these sums equal to it.
 *
 * The open-visit index is partial (only visits owing something, a small share of all of them)
 * and covering, so the A/R aging starts from it alone. Two more indexes serve the reports from
 * index pages alone: the payers' denial lines (reports/denialLines.ts has the same condition,
 * term for term), each visit's claims with what the aging needs of them, the claims sent by date
 with what the clean-claim rate needs, and the claims' rejections (kpis.ts, same condition).
 */
export const ledgerSummaries: Migration = {
  version: 16,
  name: 'ledger_summaries',
  up(db) {
    db.exec(`
      CREATE TABLE visit_balances (
        visit_id INTEGER PRIMARY KEY REFERENCES visits (id),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        date_of_service TEXT NOT NULL,
        insurance_cents INTEGER NOT NULL,
        patient_cents INTEGER NOT NULL,
        last_date TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visit_balances_open
        ON visit_balances (last_date, date_of_service, patient_id, insurance_cents, patient_cents)
        WHERE insurance_cents <> 0 OR patient_cents <> 0;
      CREATE INDEX visit_balances_by_last_date ON visit_balances (last_date, date_of_service);

      CREATE TABLE ledger_days (
        effective_date TEXT NOT NULL,
        kind TEXT NOT NULL,
        on_visit INTEGER NOT NULL CHECK (on_visit IN (0, 1)),
        insurance_cents INTEGER NOT NULL,
        patient_cents INTEGER NOT NULL,
        PRIMARY KEY (effective_date, kind, on_visit)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX ledger_denials ON ledger_entries (claim_id, payment_id, insurance_cents)
        WHERE kind IN ('contractual', 'patient_responsibility', 'other_adjustment')
          AND group_code IS NOT NULL AND claim_id IS NOT NULL
          AND NOT ((group_code = 'CO' AND reason_code IN ('45', '253'))
            OR (group_code = 'PR' AND reason_code IN ('1', '2', '3'))
            OR (group_code = 'OA' AND reason_code = '23'));

      CREATE INDEX claims_by_visit_payer ON claims (visit_id, status, payer_id, submitted_at);
      DROP INDEX claims_by_visit;
      CREATE INDEX claims_sent ON claims (submitted_at, frequency, status);
      DROP INDEX claims_by_submitted;
      CREATE INDEX remit_claims_by_payment_amounts
        ON remit_claims (payment_id, claim_id, charge_cents, paid_cents);
      DROP INDEX remit_claims_by_payment;
      CREATE INDEX claim_history_rejections ON claim_history (claim_id)
        WHERE to_status IN ('rejected', 'payer_rejected');

      INSERT INTO visit_balances
          (visit_id, patient_id, date_of_service, insurance_cents, patient_cents, last_date)
        SELECT v.id, v.patient_id, v.date_of_service, s.ins, s.pat, s.last
        FROM (SELECT visit_id, sum(insurance_cents) AS ins, sum(patient_cents) AS pat,
                max(effective_date) AS last
              FROM ledger_entries WHERE visit_id IS NOT NULL GROUP BY visit_id) AS s
        JOIN visits AS v ON v.id = s.visit_id;
      INSERT INTO ledger_days (effective_date, kind, on_visit, insurance_cents, patient_cents)
        SELECT effective_date, kind, visit_id IS NOT NULL, sum(insurance_cents), sum(patient_cents)
        FROM ledger_entries GROUP BY effective_date, kind, visit_id IS NOT NULL;
    `)
  },
}
