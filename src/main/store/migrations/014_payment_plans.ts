import type { Migration } from './migration'

/**
 * Payment plans. Only the terms are stored: the schedule is worked out from them, and what has
 * been paid comes from the payments received since the plan started (money is never stored
 * twice). One active plan per guarantor account (the partial unique index).
 */
export const paymentPlans: Migration = {
  version: 14,
  name: 'payment_plans',
  up(db) {
    db.exec(`
      CREATE TABLE payment_plans (
        id INTEGER PRIMARY KEY,
        account_no TEXT NOT NULL,
        guarantor_patient_id INTEGER NOT NULL REFERENCES patients (id),
        total_cents INTEGER NOT NULL CHECK (total_cents > 0),
        down_payment_cents INTEGER NOT NULL DEFAULT 0 CHECK (down_payment_cents >= 0),
        installment_cents INTEGER CHECK (installment_cents > 0),
        installments INTEGER CHECK (installments > 0),
        frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly')),
        first_due TEXT NOT NULL,
        remainder TEXT NOT NULL CHECK (remainder IN ('first', 'last')),
        start_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        ended_at TEXT,
        ended_by TEXT,
        end_reason TEXT,
        CHECK ((installment_cents IS NULL) <> (installments IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX payment_plans_one_active ON payment_plans (account_no)
        WHERE ended_at IS NULL;
      CREATE INDEX payment_plans_by_account ON payment_plans (account_no, id);
    `)
  },
}
