import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../src/main/errors'
import { patientBalance, visitLineBalances } from '../../../src/main/ledger/balances'
import { postEntries, reverseEntries } from '../../../src/main/ledger/entries'
import { makeStore } from '../store/store-fixture'

const by = { user: 'dana', at: '2026-12-05T12:00:00.000Z' }

function storeWithPatient() {
  const store = makeStore()
  const now = by.at
  // Only the columns the ledger's foreign key needs; registration rules are tested elsewhere.
  store.db
    .prepare(
      `INSERT INTO patients (id, account_no, last_name, first_name, dob, data, created_at, updated_at)
       VALUES (1, 'A1', 'Testpatient', 'Zzfake', '1970-01-01', '{}', ?, ?)`,
    )
    .run(now, now)
  return store
}

describe('the ledger', () => {
  it('keeps balances as sums: charge, payment, contractual, patient responsibility', () => {
    const { db } = storeWithPatient()
    const line = { patientId: 1, effectiveDate: '2026-11-02' }
    postEntries(
      db,
      [
        { ...line, kind: 'charge', insuranceCents: 15000, patientCents: 0 },
        { ...line, kind: 'insurance_payment', insuranceCents: -8000, patientCents: 0 },
        { ...line, kind: 'contractual', insuranceCents: -5000, patientCents: 0, groupCode: 'CO' },
        {
          ...line,
          kind: 'patient_responsibility',
          insuranceCents: -2000,
          patientCents: 2000,
          groupCode: 'PR',
          reasonCode: '2',
        },
      ],
      by,
    )
    expect(patientBalance(db, 1)).toEqual({ insuranceCents: 0, patientCents: 2000 })
  })

  it('undoes a posting with reversing lines, never by editing or deleting', () => {
    const { db } = storeWithPatient()
    const [id] = postEntries(
      db,
      [
        {
          kind: 'patient_payment',
          patientId: 1,
          effectiveDate: '2026-11-02',
          insuranceCents: 0,
          patientCents: -2500,
        },
      ],
      by,
    )
    expect(() => db.prepare('UPDATE ledger_entries SET patient_cents = 0').run()).toThrow(
      /never changed/,
    )
    expect(() => db.prepare('DELETE FROM ledger_entries').run()).toThrow(/never deleted/)
    reverseEntries(db, [id!], { ...by, effectiveDate: '2026-11-03', source: 'bounced check' })
    expect(patientBalance(db, 1)).toEqual({ insuranceCents: 0, patientCents: 0 })
    expect(() =>
      reverseEntries(db, [id!], { ...by, effectiveDate: '2026-11-03', source: 'again' }),
    ).toThrow(DomainError)
  })

  it('refuses a fraction of a cent', () => {
    const { db } = storeWithPatient()
    expect(() =>
      postEntries(
        db,
        [
          {
            kind: 'charge',
            patientId: 1,
            effectiveDate: '2026-11-02',
            insuranceCents: 10.5,
            patientCents: 0,
          },
        ],
        by,
      ),
    ).toThrow(/whole cents/)
    expect(patientBalance(db, 1)).toEqual({ insuranceCents: 0, patientCents: 0 })
  })

  it('sums per service line of a visit', () => {
    const { db } = storeWithPatient()
    expect(visitLineBalances(db, 99).size).toBe(0)
  })
})
