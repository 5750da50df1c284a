import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDemoPractice } from '../../../src/main/demo/practice'
import { postEntries, reverseEntries } from '../../../src/main/ledger/entries'
import { summedOnce } from '../../../src/main/ledger/summaries'
import { getVisit, saveVisit } from '../../../src/main/visits/records'
import { demoContext, openPractice, type TestPractice } from '../registration/fake-practice'

/*
 * The ledger's running sums (visit_balances, ledger_days) must say exactly what the ledger says:
 * after the demo (charges, 835s posted from files), then after lines of every other kind,
 * unapplied credit and reversals.
 */
describe('the ledger’s running sums', { timeout: 300_000 }, () => {
  let p: TestPractice
  beforeAll(async () => {
    p = await openPractice()
    await buildDemoPractice(demoContext(p), { patients: 40 })
  }, 300_000)
  afterAll(() => p.close())

  const fromLedger = () => ({
    visits: p.office.store.db
      .prepare(
        `SELECT s.visit_id, v.patient_id, v.date_of_service, s.ins AS insurance_cents,
           s.pat AS patient_cents, s.last AS last_date
         FROM (SELECT visit_id, sum(insurance_cents) AS ins, sum(patient_cents) AS pat,
                 max(effective_date) AS last
               FROM ledger_entries WHERE visit_id IS NOT NULL GROUP BY visit_id) s
         JOIN visits v ON v.id = s.visit_id ORDER BY s.visit_id`,
      )
      .all(),
    days: p.office.store.db
      .prepare(
        `SELECT effective_date, kind, visit_id IS NOT NULL AS on_visit,
           sum(insurance_cents) AS insurance_cents, sum(patient_cents) AS patient_cents
         FROM ledger_entries GROUP BY effective_date, kind, on_visit
         ORDER BY effective_date, kind, on_visit`,
      )
      .all(),
  })
  const kept = () => ({
    visits: p.office.store.db
      .prepare(
        `SELECT visit_id, patient_id, date_of_service, insurance_cents, patient_cents, last_date
         FROM visit_balances ORDER BY visit_id`,
      )
      .all(),
    days: p.office.store.db
      .prepare(
        `SELECT effective_date, kind, on_visit, insurance_cents, patient_cents
         FROM ledger_days ORDER BY effective_date, kind, on_visit`,
      )
      .all(),
  })

  it('equal the ledger’s own sums after the demo', () => {
    const truth = fromLedger()
    expect(truth.visits.length).toBeGreaterThan(20)
    expect(kept()).toEqual(truth)
  })

  it('equal them after write-offs, refunds, transfers, credit on the account and reversals', () => {
    const db = p.office.store.db
    const v = db
      .prepare(
        'SELECT visit_id, patient_id FROM visit_balances WHERE patient_cents > 0 ORDER BY visit_id LIMIT 1',
      )
      .get() as { visit_id: number; patient_id: number }
    const on = { patientId: v.patient_id, visitId: v.visit_id, effectiveDate: '2026-12-01' }
    const by = { user: 'test', at: '2026-12-01T15:00:00.000Z' }
    const ids = postEntries(
      db,
      [
        { ...on, kind: 'write_off', insuranceCents: 0, patientCents: -100, reasonCode: 'small' },
        { ...on, kind: 'patient_payment', insuranceCents: 0, patientCents: -300 },
        { ...on, kind: 'refund', insuranceCents: 0, patientCents: 300 },
        { ...on, kind: 'transfer', insuranceCents: 200, patientCents: -200 },
        { ...on, kind: 'other_adjustment', insuranceCents: -50, patientCents: 0, groupCode: 'OA' },
        {
          kind: 'patient_payment',
          patientId: v.patient_id,
          effectiveDate: '2026-12-02',
          insuranceCents: 0,
          patientCents: -4000,
        },
      ],
      by,
    )
    const paid = db
      .prepare("SELECT id FROM ledger_entries WHERE kind = 'insurance_payment' ORDER BY id LIMIT 3")
      .all() as { id: number }[]
    reverseEntries(db, [...paid.map((r) => r.id), ids[1]!, ids[5]!], {
      ...by,
      effectiveDate: '2026-12-03',
      source: 'test reversal',
    })
    const truth = fromLedger()
    expect(new Set(truth.days.map((d) => (d as { kind: string }).kind)).size).toBeGreaterThan(6)
    expect(kept()).toEqual(truth)
  })

  it('are written once at the end of a batch (summedOnce), and not at all when it fails', () => {
    const db = p.office.store.db
    const v = db
      .prepare('SELECT visit_id, patient_id FROM visit_balances ORDER BY visit_id LIMIT 1')
      .get() as { visit_id: number; patient_id: number }
    const on = { patientId: v.patient_id, visitId: v.visit_id, effectiveDate: '2026-12-04' }
    const by = { user: 'test', at: '2026-12-04T15:00:00.000Z' }
    const line = { ...on, kind: 'patient_payment' as const, insuranceCents: 0, patientCents: -125 }
    const before = kept()
    db.transaction(() =>
      summedOnce(db, () => {
        postEntries(db, [line], by)
        postEntries(db, [line, line], by)
        // Lines are in the ledger at once; the sums wait for the batch's end.
        expect(kept()).toEqual(before)
      }),
    )()
    expect(kept()).toEqual(fromLedger())

    const failing = () =>
      db.transaction(() =>
        summedOnce(db, () => {
          postEntries(db, [line], by)
          throw new Error('the posting failed')
        }),
      )()
    expect(failing).toThrow('the posting failed')
    // Nothing of it kept, and the next line outside a batch is summed at once.
    postEntries(db, [line], by)
    expect(kept()).toEqual(fromLedger())
  })

  it('follow a visit whose date of service is corrected after a payment was taken at it', () => {
    const db = p.office.store.db
    const row = db
      .prepare("SELECT id, patient_id FROM visits WHERE status <> 'billed' ORDER BY id LIMIT 1")
      .get() as { id: number; patient_id: number }
    postEntries(
      db,
      [
        {
          kind: 'patient_payment',
          effectiveDate: '2026-11-30',
          patientId: row.patient_id,
          visitId: row.id,
          insuranceCents: 0,
          patientCents: -2500,
        },
      ],
      { user: 'test', at: '2026-11-30T15:00:00.000Z' },
    )
    const { visit } = getVisit(db, row.id)
    saveVisit(db, row.id, { ...visit, dateOfService: '2026-11-29' }, '2026-11-30T16:00:00.000Z')
    expect(
      db.prepare('SELECT date_of_service FROM visit_balances WHERE visit_id = ?').get(row.id),
    ).toEqual({ date_of_service: '2026-11-29' })
    expect(kept()).toEqual(fromLedger())
  })
})
