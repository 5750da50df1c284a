import type { Migration } from './migration'

export const LEDGER_KINDS = `'charge', 'insurance_payment', 'contractual', 'patient_responsibility',
  'other_adjustment', 'patient_payment', 'write_off', 'refund', 'transfer'`

/**
 * The ledger is the truth: every amount a screen, statement or report shows is a sum of these
 * lines. A line records how much one event changed what insurance owes and what the patient
 * owes on one service line of a visit (or on the account, for unapplied credit), and where it
 * came from (an 835 claim, a check, a person). Lines are never changed or deleted: a mistake is
 * undone by a reversing line (`reverses_id`) carrying the opposite amounts.
 *
 * Payments are the money that came in (an ERA's EFT or check, a patient's cash, check or card);
 * the ledger lines they pay for point back to them, so what is left unapplied is a sum too.
 * Deposits group payments as they went to the bank. Provider-level adjustments (835 PLB:
 * interest, recoupments, forward balances) belong to a payment, not to any patient.
 */
export const ledger: Migration = {
  version: 7,
  name: 'ledger',
  up(db) {
    db.exec(`
      CREATE TABLE deposits (
        id INTEGER PRIMARY KEY,
        deposit_date TEXT NOT NULL,
        bank_reference TEXT NOT NULL DEFAULT '',
        memo TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT
      ) STRICT;
      CREATE INDEX deposits_by_date ON deposits (deposit_date);

      CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('insurance', 'patient')),
        method TEXT NOT NULL CHECK (method IN ('eft', 'check', 'cash', 'card', 'none', 'other')),
        received_date TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        payer_id INTEGER REFERENCES payers (id),
        patient_id INTEGER REFERENCES patients (id),
        payer_name TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        trace_key TEXT UNIQUE,
        card_last4 TEXT CHECK (card_last4 IS NULL OR
          (length(card_last4) = 4 AND card_last4 NOT GLOB '*[^0-9]*')),
        inbound_file_id INTEGER REFERENCES inbound_files (id),
        deposit_id INTEGER REFERENCES deposits (id),
        memo TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        voided_at TEXT,
        voided_by TEXT,
        void_reason TEXT,
        CHECK (source = 'patient' OR patient_id IS NULL),
        CHECK (source = 'insurance' OR patient_id IS NOT NULL),
        CHECK (method <> 'card' OR card_last4 IS NOT NULL)
      ) STRICT;
      CREATE INDEX payments_by_date ON payments (received_date);
      CREATE INDEX payments_by_patient ON payments (patient_id, received_date);
      CREATE INDEX payments_by_payer ON payments (payer_id, received_date);
      CREATE INDEX payments_by_deposit ON payments (deposit_id);
      CREATE INDEX payments_by_file ON payments (inbound_file_id);

      CREATE TABLE ledger_entries (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${LEDGER_KINDS})),
        posted_at TEXT NOT NULL,
        posted_by TEXT NOT NULL,
        effective_date TEXT NOT NULL,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        visit_id INTEGER REFERENCES visits (id),
        line_no INTEGER CHECK (line_no IS NULL OR line_no >= 1),
        claim_id INTEGER REFERENCES claims (id),
        claim_line_id INTEGER REFERENCES claim_lines (id),
        payer_id INTEGER REFERENCES payers (id),
        payment_id INTEGER REFERENCES payments (id),
        insurance_cents INTEGER NOT NULL,
        patient_cents INTEGER NOT NULL,
        group_code TEXT CHECK (group_code IS NULL OR group_code IN ('CO', 'PR', 'OA', 'PI', 'CR')),
        reason_code TEXT,
        remark_codes TEXT NOT NULL DEFAULT '[]',
        reverses_id INTEGER UNIQUE REFERENCES ledger_entries (id),
        source TEXT NOT NULL DEFAULT '',
        memo TEXT NOT NULL DEFAULT '',
        CHECK (line_no IS NULL OR visit_id IS NOT NULL),
        CHECK (reverses_id IS NULL OR reverses_id < id)
      ) STRICT;
      CREATE INDEX ledger_by_patient ON ledger_entries (patient_id, effective_date);
      CREATE INDEX ledger_by_visit ON ledger_entries (visit_id, line_no);
      CREATE INDEX ledger_by_claim ON ledger_entries (claim_id);
      CREATE INDEX ledger_by_payment ON ledger_entries (payment_id);
      CREATE INDEX ledger_by_date ON ledger_entries (effective_date, kind);
      CREATE TRIGGER ledger_entries_never_change BEFORE UPDATE ON ledger_entries
        BEGIN SELECT RAISE(ABORT, 'Ledger lines are never changed: post a reversing line'); END;
      CREATE TRIGGER ledger_entries_never_deleted BEFORE DELETE ON ledger_entries
        BEGIN SELECT RAISE(ABORT, 'Ledger lines are never deleted: post a reversing line'); END;

      CREATE TABLE provider_adjustments (
        id INTEGER PRIMARY KEY,
        payment_id INTEGER NOT NULL REFERENCES payments (id),
        fiscal_period_date TEXT NOT NULL,
        reason_code TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        amount_cents INTEGER NOT NULL,
        posted_at TEXT NOT NULL,
        posted_by TEXT NOT NULL,
        reverses_id INTEGER UNIQUE REFERENCES provider_adjustments (id)
      ) STRICT;
      CREATE INDEX provider_adjustments_by_payment ON provider_adjustments (payment_id);
      CREATE TRIGGER provider_adjustments_never_change BEFORE UPDATE ON provider_adjustments
        BEGIN SELECT RAISE(ABORT, 'Provider adjustments are never changed: post a reversing one'); END;
      CREATE TRIGGER provider_adjustments_never_deleted BEFORE DELETE ON provider_adjustments
        BEGIN SELECT RAISE(ABORT, 'Provider adjustments are never deleted: post a reversing one'); END;
    `)
  },
}
