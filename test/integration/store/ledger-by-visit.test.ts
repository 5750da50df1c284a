import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { patientBalance } from '../../../src/main/ledger/balances'
import { ledgerBook, patientLedger } from '../../../src/main/ledger/patientLedger'
import { holdings, visitLines } from '../../../src/main/payments/places'
import { accountBalance, paidBetween } from '../../../src/main/plans/status'
import { migrate } from '../../../src/main/store/migrations/index'
import { queryPlans } from '../../support/query-plans'

const AT = "'2026-03-05T00:00:00Z', 'fake.biller', '2026-03-05'"

/** A store at migration 19 with a patient, a visit, a charge, its payment and its reversal. */
function storeAt19(): Database.Database {
  const db = new Database(':memory:')
  migrate(db, 19)
  db.pragma('foreign_keys = OFF')
  db.exec(`
    INSERT INTO patients (id, account_no, last_name, first_name, dob, data, created_at, updated_at)
    VALUES (1, 'FAKE-1', 'Testpatient', 'Fake', '1970-01-01', '{}', '', '');
    INSERT INTO visits (id, patient_id, date_of_service, rendering_provider_id, location_id,
      status, total_cents, data, created_at, updated_at)
    VALUES (1, 1, '2026-03-01', 1, 1, 'billed', 12500, '{}', '', '');
    INSERT INTO ledger_entries (id, kind, posted_at, posted_by, effective_date, patient_id,
      visit_id, line_no, insurance_cents, patient_cents)
    VALUES (1, 'charge', ${AT}, 1, 1, 1, 12500, 0),
           (2, 'insurance_payment', ${AT}, 1, 1, 1, -8000, 0),
           (3, 'patient_payment', ${AT}, 1, NULL, NULL, 0, -2000);
    INSERT INTO ledger_entries (id, kind, posted_at, posted_by, effective_date, patient_id,
      visit_id, line_no, insurance_cents, patient_cents, reverses_id)
    VALUES (4, 'insurance_payment', ${AT}, 1, 1, 1, 8000, 0, 2);
  `)
  return db
}

const ledgerIndexes = (db: Database.Database) =>
  db
    .prepare<[], { name: string; sql: string | null }>(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'ledger_entries' ORDER BY name",
    )
    .all()

describe('migration 20: ledger lines found by visit', () => {
  it('keeps every line, indexes by patient only the lines on no visit, and reversals once', () => {
    const db = storeAt19()
    const rows = db.prepare('SELECT * FROM ledger_entries ORDER BY id').all()
    migrate(db)

    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.prepare('SELECT * FROM ledger_entries ORDER BY id').all()).toEqual(rows)
    const indexes = ledgerIndexes(db)
    expect(indexes.map((i) => i.name)).not.toContain('ledger_by_patient')
    expect(indexes.filter((i) => i.name.startsWith('sqlite_autoindex'))).toEqual([])
    expect(indexes.find((i) => i.name === 'ledger_account_lines')?.sql).toMatch(
      /WHERE visit_id IS NULL/,
    )
    expect(indexes.find((i) => i.name === 'ledger_visit_amounts')?.sql).toMatch(
      /WHERE visit_id IS NOT NULL/,
    )
    expect(indexes.find((i) => i.name === 'ledger_reversed_once')?.sql).toMatch(
      /UNIQUE INDEX .* WHERE reverses_id IS NOT NULL/s,
    )
    const table = db
      .prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE name = 'ledger_entries'")
      .get()!.sql
    expect(table).toMatch(/reverses_id INTEGER REFERENCES ledger_entries/)
    expect(table).not.toMatch(/UNIQUE/)

    // The patient's lines are all found: on the visit, and on the account.
    expect(patientBalance(db, 1)).toEqual({ insuranceCents: 12500, patientCents: -2000 })
    expect(patientLedger(db, 1).lines.map((l) => l.entryId)).toEqual([1, 2, 3, 4])

    // A line is still reversed at most once; lines that reverse nothing are not limited.
    const reversal = db.prepare(
      `INSERT INTO ledger_entries (kind, posted_at, posted_by, effective_date, patient_id,
         visit_id, line_no, insurance_cents, patient_cents, reverses_id)
       VALUES ('insurance_payment', ${AT}, 1, 1, 1, 8000, 0, ?)`,
    )
    expect(() => reversal.run(2)).toThrow(/UNIQUE constraint failed: ledger_entries.reverses_id/)
    reversal.run(null)
    reversal.run(null)
    db.close()
  })

  it("reads a patient's lines through their visits and the account index, never the whole ledger", () => {
    const db = new Database(':memory:')
    migrate(db)
    const ledgerReads = queryPlans(db, () => {
      patientBalance(db, 1)
      ledgerBook(db, [1, 2])
      visitLines(db, 1)
      holdings(db, 1)
      accountBalance(db, [1, 2])
      paidBetween(db, [1, 2], '2026-01-01', '2026-12-31')
    }).filter((q) => /from "ledger_entries"/.test(q.sql))
    expect(ledgerReads.length).toBe(6)
    for (const { plan } of ledgerReads) {
      expect(plan).toMatch(/INDEX visits_by_patient/)
      expect(plan).toMatch(/INDEX ledger_visit_amounts/)
      expect(plan).toMatch(/INDEX ledger_account_lines/)
      expect(plan).not.toMatch(/SCAN l\b/)
    }
    db.close()
  })
})
