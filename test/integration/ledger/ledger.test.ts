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

  it('returns each posted line’s own id, in order, however many lines one posting holds', () => {
    const { db } = storeWithPatient()
    const line = { patientId: 1, effectiveDate: '2026-11-02', kind: 'charge' as const }
    postEntries(db, [{ ...line, insuranceCents: 1, patientCents: 0 }], by)
    // 70 lines: more than one INSERT statement takes, so the ids span statements.
    const amounts = Array.from({ length: 70 }, (_, i) => 100 + i)
    const ids = postEntries(
      db,
      amounts.map((cents) => ({ ...line, insuranceCents: cents, patientCents: 0 })),
      by,
    )
    const stored = db
      .prepare('SELECT id, insurance_cents AS cents FROM ledger_entries WHERE id > 1 ORDER BY id')
      .all()
    expect(stored).toEqual(ids.map((id, i) => ({ id, cents: amounts[i] })))
    const back = reverseEntries(db, ids.slice(30, 40), {
      ...by,
      effectiveDate: '2026-11-03',
      source: 'test',
    })
    expect(back).toHaveLength(10)
    expect(
      db
        .prepare(
          'SELECT reverses_id FROM ledger_entries WHERE id IN (' + back.join(',') + ') ORDER BY id',
        )
        .pluck()
        .all(),
    ).toEqual(ids.slice(30, 40))
  })

  it('writes each line with its own values, whether or not the lines of a statement agree', () => {
    const { db } = storeWithPatient()
    const line = { patientId: 1, kind: 'write_off' as const, insuranceCents: 0 }
    // Two lines alike but for their own columns, then two that differ in shared ones too.
    const alike = [
      { ...line, effectiveDate: '2026-11-02', patientCents: -100, reasonCode: 'small' },
      { ...line, effectiveDate: '2026-11-02', patientCents: -200, reasonCode: 'courtesy' },
    ]
    const unlike = [
      { ...line, effectiveDate: '2026-11-02', patientCents: -300, memo: 'first' },
      { ...line, effectiveDate: '2026-11-09', patientCents: -400, memo: 'second' },
    ]
    const ids = [...postEntries(db, alike, by), ...postEntries(db, unlike, by)]
    expect(
      db
        .prepare(
          `SELECT id, effective_date AS date, patient_cents AS cents, reason_code AS reason, memo,
             posted_by AS who FROM ledger_entries ORDER BY id`,
        )
        .all(),
    ).toEqual([
      { id: ids[0], date: '2026-11-02', cents: -100, reason: 'small', memo: '', who: 'dana' },
      { id: ids[1], date: '2026-11-02', cents: -200, reason: 'courtesy', memo: '', who: 'dana' },
      { id: ids[2], date: '2026-11-02', cents: -300, reason: null, memo: 'first', who: 'dana' },
      { id: ids[3], date: '2026-11-09', cents: -400, reason: null, memo: 'second', who: 'dana' },
    ])
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
