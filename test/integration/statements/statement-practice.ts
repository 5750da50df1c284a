/**
 * A fake practice with statement-worthy accounts, built through the router (registration,
 * visits, claims) with insurance outcomes posted to the real ledger:
 * - Alice: insured, deductible + coinsurance + copay owed, one patient payment.
 * - The Parentguarantor family: two children under one guarantor (one statement), one child's
 *   visit still pending with insurance, the other owes a copay.
 * - Holden: owes money but statements are on hold.
 * - Pending: every visit still with insurance.
 * - Small: owes $3.00, under the default minimum.
 */
import { postEntries } from '../../../src/main/ledger/entries'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

export const STATEMENT_DATE = '2026-03-02'
const by = { user: 'ann.admin', at: '2026-03-01T12:00:00.000Z' }

export interface StatementPractice extends ClaimPractice {
  alice: number
  childOne: number
  childTwo: number
  holden: number
  pending: number
  small: number
}

const GUARANTOR = {
  kind: 'other' as const,
  lastName: 'Parentguarantor',
  firstName: 'Bernard',
  relationship: 'parent' as const,
  address: { street1: '48 Example Ave', city: 'Springfield', state: 'IL', zip: '62704' },
  phone: '(217) 555-0155',
}

export async function statementPractice(): Promise<StatementPractice> {
  const p = await claimPractice()
  const db = p.office.store.db
  const billed = async (patientId: number, dateOfService: string, lines = [officeVisit()]) => {
    const visitId = await p.codedVisit(patientId, { dateOfService, lines })
    await p.bill(visitId)
    return visitId
  }
  const line = (patientId: number, visitId: number, lineNo: number) => ({
    patientId,
    visitId,
    lineNo,
    effectiveDate: '2026-02-25',
  })
  const pr = (
    patientId: number,
    visitId: number,
    lineNo: number,
    cents: number,
    reason: string,
  ) => ({
    ...line(patientId, visitId, lineNo),
    kind: 'patient_responsibility' as const,
    insuranceCents: -cents,
    patientCents: cents,
    groupCode: 'PR' as const,
    reasonCode: reason,
  })
  const insurance = (
    patientId: number,
    visitId: number,
    lineNo: number,
    paid: number,
    co: number,
  ) => [
    {
      ...line(patientId, visitId, lineNo),
      kind: 'insurance_payment' as const,
      insuranceCents: -paid,
      patientCents: 0,
      payerId: p.payerId,
    },
    {
      ...line(patientId, visitId, lineNo),
      kind: 'contractual' as const,
      insuranceCents: -co,
      patientCents: 0,
      groupCode: 'CO' as const,
      reasonCode: '45',
    },
  ]

  // Alice: 99213 $125 + 36415 $25 on 2025-11-20 (over 90 days by the statement date).
  const alice = await p.patient([coverage(p.payerId)], {
    lastName: 'Testpatient',
    firstName: 'Alice',
  })
  const av = await billed(alice, '2025-11-20', [
    officeVisit(),
    officeVisit({ code: '36415', chargeCents: 2500 }),
  ])
  postEntries(
    db,
    [
      ...insurance(alice, av, 1, 8000, 1500),
      pr(alice, av, 1, 2000, '2'),
      pr(alice, av, 1, 1000, '3'),
      pr(alice, av, 2, 2500, '1'),
      { ...line(alice, av, 1), kind: 'patient_payment', insuranceCents: 0, patientCents: -1000 },
    ],
    by,
  )

  // The family: two children, one guarantor.
  const family = { lastName: 'Testpatient', address: GUARANTOR.address, guarantor: GUARANTOR }
  const childOne = await p.patient([coverage(p.payerId)], {
    ...family,
    firstName: 'Carla',
    dob: '2015-05-01',
  })
  const childTwo = await p.patient([coverage(p.payerId)], {
    ...family,
    firstName: 'Dylan',
    dob: '2017-06-01',
  })
  await billed(childOne, '2026-02-20')
  const c2 = await billed(childTwo, '2026-01-15')
  postEntries(db, [...insurance(childTwo, c2, 1, 7000, 2500), pr(childTwo, c2, 1, 3000, '3')], by)

  const holden = await p.patient([coverage(p.payerId)], {
    lastName: 'Testholden',
    firstName: 'Hal',
    address: { street1: '7 Example Ct', city: 'Springfield', state: 'IL', zip: '62702' },
    statementPreference: 'hold',
  })
  const hv = await billed(holden, '2026-01-05')
  postEntries(db, [...insurance(holden, hv, 1, 7000, 2500), pr(holden, hv, 1, 3000, '1')], by)

  const pending = await p.patient([coverage(p.payerId)], {
    lastName: 'Testpending',
    firstName: 'Pat',
    address: { street1: '9 Example Ct', city: 'Springfield', state: 'IL', zip: '62702' },
  })
  await billed(pending, '2026-02-10')

  const small = await p.patient([coverage(p.payerId)], {
    lastName: 'Testsmall',
    firstName: 'Sam',
    address: { street1: '11 Example Ct', city: 'Springfield', state: 'IL', zip: '62702' },
  })
  const sv = await billed(small, '2026-02-01')
  postEntries(db, [...insurance(small, sv, 1, 9700, 2500), pr(small, sv, 1, 300, '3')], by)

  return { ...p, alice, childOne, childTwo, holden, pending, small }
}
