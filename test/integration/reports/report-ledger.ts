/**
 * A small hand-built practice whose every report number is worked out by hand in the tests.
 * Dates: reports run as of 2026-06-30; June is the period, May 2–31 the one before it.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { ledgerRows } from '../../support/ledger-rows'

export function buildReportLedger(db: Database.Database) {
  const r = ledgerRows(db)
  return db.transaction(() => {
    const acme = r.payer('Acme Health (FAKE)')
    const beta = r.payer('Beta Care (FAKE)')
    const alice = r.patient('Testpatient', 'Alice', '1001')
    const bob = r.patient('Testpatient', 'Bob', '1002')
    const charge = (patientId: number, visitId: number, date: string, ins: number, pat = 0) =>
      r.entry({ kind: 'charge', date, patientId, visitId, ins, pat, by: 'cara.coder' })

    // V1: Alice, 10 days old, sent to Acme, unanswered.
    const v1 = r.visit(alice, '2026-06-20', 10000)
    charge(alice, v1, '2026-06-20', 10000)
    const c1 = r.claim({
      visitId: v1,
      patientId: alice,
      payerId: acme,
      dateOfService: '2026-06-20',
      totalCents: 10000,
      submittedAt: '2026-06-21T15:00:00.000Z',
      status: 'accepted',
    })
    r.history(c1, '2026-06-21T15:00:00.000Z', 'queued', 'submitted')
    r.history(c1, '2026-06-22T15:00:00.000Z', 'submitted', 'accepted')

    // V2: Alice, 46 days old; Acme paid 120.00 with CO-45 30.00 and PR-2 20.00 on June 1.
    const v2 = r.visit(alice, '2026-05-15', 20000)
    charge(alice, v2, '2026-05-15', 20000)
    const c2 = r.claim({
      visitId: v2,
      patientId: alice,
      payerId: acme,
      dateOfService: '2026-05-15',
      totalCents: 20000,
      submittedAt: '2026-05-16T15:00:00.000Z',
      status: 'adjudicated',
    })
    const era1 = r.payment({
      source: 'insurance',
      method: 'eft',
      date: '2026-06-01',
      amountCents: 12000,
      payerId: acme,
      payerName: 'Acme Health (FAKE)',
      reference: 'EFT100',
    })
    r.remit(era1, c2, 20000, 12000)
    const remit = {
      patientId: alice,
      visitId: v2,
      claimId: c2,
      paymentId: era1,
      date: '2026-06-01',
      by: 'pat.poster',
    }
    r.entry({ ...remit, kind: 'insurance_payment', ins: -12000 })
    r.entry({ ...remit, kind: 'contractual', ins: -3000, group: 'CO', reason: '45' })
    r.entry({
      ...remit,
      kind: 'patient_responsibility',
      ins: -2000,
      pat: 2000,
      group: 'PR',
      reason: '2',
    })

    // V3: Bob, 102 days old; Beta paid 60.00 and denied 50.00 (CO-16) on June 10.
    const v3 = r.visit(bob, '2026-03-20', 15000)
    charge(bob, v3, '2026-03-20', 15000)
    const c3 = r.claim({
      visitId: v3,
      patientId: bob,
      payerId: beta,
      dateOfService: '2026-03-20',
      totalCents: 15000,
      submittedAt: '2026-03-22T15:00:00.000Z',
      status: 'adjudicated',
    })
    const era2 = r.payment({
      source: 'insurance',
      method: 'check',
      date: '2026-06-10',
      amountCents: 6000,
      payerId: beta,
      payerName: 'Beta Care (FAKE)',
      reference: 'CHK200',
    })
    r.remit(era2, c3, 15000, 6000)
    const remit3 = {
      patientId: bob,
      visitId: v3,
      claimId: c3,
      paymentId: era2,
      date: '2026-06-10',
      by: 'pat.poster',
    }
    r.entry({ ...remit3, kind: 'insurance_payment', ins: -6000 })
    r.entry({ ...remit3, kind: 'contractual', ins: -5000, group: 'CO', reason: '16' })

    // V4: Bob, self-pay, 171 days old; he paid 30.00 of 80.00.
    const v4 = r.visit(bob, '2026-01-10', 8000)
    charge(bob, v4, '2026-01-10', 0, 8000)
    const cash1 = r.payment({
      source: 'patient',
      method: 'cash',
      date: '2026-02-01',
      amountCents: 3000,
      patientId: bob,
    })
    r.entry({
      kind: 'patient_payment',
      date: '2026-02-01',
      patientId: bob,
      visitId: v4,
      paymentId: cash1,
      pat: -3000,
    })

    // V5: Alice, 76 days old, first sent May 5 (56 days); a later voided claim to Beta.
    const v5 = r.visit(alice, '2026-04-15', 9000)
    charge(alice, v5, '2026-04-15', 9000)
    const c5 = r.claim({
      visitId: v5,
      patientId: alice,
      payerId: acme,
      dateOfService: '2026-04-15',
      totalCents: 9000,
      submittedAt: '2026-05-05T15:00:00.000Z',
    })
    r.claim({
      visitId: v5,
      patientId: alice,
      payerId: beta,
      dateOfService: '2026-04-15',
      totalCents: 9000,
      submittedAt: null,
      status: 'voided',
    })
    r.history(c5, '2026-05-05T15:00:00.000Z', 'queued', 'submitted')

    // V6: Bob, paid in full by Beta on June 25 after a rejection and a resend.
    const v6 = r.visit(bob, '2026-06-01', 5000)
    charge(bob, v6, '2026-06-01', 5000)
    const c6 = r.claim({
      visitId: v6,
      patientId: bob,
      payerId: beta,
      dateOfService: '2026-06-01',
      totalCents: 5000,
      submittedAt: '2026-06-05T15:00:00.000Z',
      status: 'adjudicated',
    })
    r.history(c6, '2026-06-03T15:00:00.000Z', 'queued', 'submitted')
    r.history(c6, '2026-06-04T15:00:00.000Z', 'submitted', 'rejected')
    r.history(c6, '2026-06-05T15:00:00.000Z', 'ready', 'submitted')
    const deposit = r.deposit('2026-06-26', 'BANK-77')
    const era3 = r.payment({
      source: 'insurance',
      method: 'eft',
      date: '2026-06-25',
      amountCents: 5000,
      payerId: beta,
      payerName: 'Beta Care (FAKE)',
      reference: 'EFT300',
      depositId: deposit,
    })
    r.remit(era3, c6, 5000, 5000)
    r.entry({
      kind: 'insurance_payment',
      date: '2026-06-25',
      patientId: bob,
      visitId: v6,
      claimId: c6,
      paymentId: era3,
      ins: -5000,
      by: 'pat.poster',
    })

    // Alice leaves 25.00 cash on her account on June 25; 10.00 of it is refunded on June 28.
    const cash2 = r.payment({
      source: 'patient',
      method: 'cash',
      date: '2026-06-25',
      amountCents: 2500,
      patientId: alice,
    })
    r.entry({
      kind: 'patient_payment',
      date: '2026-06-25',
      patientId: alice,
      paymentId: cash2,
      pat: -2500,
      by: 'fran.desk',
    })
    r.entry({
      kind: 'refund',
      date: '2026-06-28',
      patientId: alice,
      paymentId: cash2,
      pat: 1000,
      by: 'fran.desk',
    })

    // V7: after the as-of date. V9 coded, V10 draft for 10 days, V11 draft for 1 day: unbilled.
    const v7 = r.visit(bob, '2026-07-05', 7000)
    charge(bob, v7, '2026-07-05', 7000)
    const v9 = r.visit(alice, '2026-06-28', 4000, 'coded')
    const v10 = r.visit(bob, '2026-06-20', 3000, 'draft')
    r.visit(bob, '2026-06-29', 3000, 'draft')
    return { acme, beta, alice, bob, v1, v2, v3, v4, v5, v6, v9, v10, c1, c2, c3, c5, c6, deposit }
  })()
}
