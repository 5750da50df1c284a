import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visitLineBalances } from '../../../src/main/ledger/balances'
import type { OpInput } from '../../../src/shared/api'
import { eraClaim, write835, type EraLine } from '../../support/era835'
import { officeVisit } from '../claims/claim-practice'
import { remitPractice, type RemitPractice } from './remit-practice'

type CheckLine = OpInput<'checks.post'>['claims'] extends (infer C)[] | undefined
  ? C extends { lines: (infer L)[] }
    ? L
    : never
  : never

/** What a payer says about each line, as an 835 (EraLine) and as an EOB typed in (CheckLine). */
const ANSWERS: Pick<EraLine, 'paidCents' | 'adjustments'>[] = [
  {
    paidCents: 6000,
    adjustments: [
      { group: 'CO', reason: '45', amountCents: 3500 },
      { group: 'PR', reason: '1', amountCents: 2000 },
      { group: 'PR', reason: '2', amountCents: 1000 },
    ],
  },
  { paidCents: 0, adjustments: [{ group: 'CO', reason: '97', amountCents: 2500 }] },
]

describe('an insurance check or paper EOB entered by hand', () => {
  let p: RemitPractice
  let checks = 0
  const db = () => p.office.store.db
  const ledger = (claimId: number) =>
    db()
      .prepare(
        `SELECT kind, line_no, insurance_cents AS ins, patient_cents AS pat, group_code AS g,
                reason_code AS r, remark_codes AS rarc, effective_date AS d
           FROM ledger_entries WHERE claim_id = ? ORDER BY id`,
      )
      .all(claimId)
  const lines = () => [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })]
  const checkLines = (): CheckLine[] =>
    ANSWERS.map((a, i) => ({
      lineNo: i + 1,
      paidCents: a.paidCents,
      adjustments: a.adjustments.map((x) => ({ ...x, group: x.group as 'CO' })),
      remarks: [],
    }))
  const newCheck = (amountCents: number) => ({
    payerId: p.payerId,
    checkNumber: `10${++checks}`,
    checkDate: '2026-03-01',
    amountCents,
  })

  beforeAll(async () => {
    p = await remitPractice()
  })
  afterAll(() => p.close())

  it('posts the same ledger lines, claim status and amounts as the equivalent 835', async () => {
    const era = await p.submitted(lines())
    const paper = await p.submitted(lines())
    const claim = eraClaim(db(), era.primary, {
      pay: (_l, i) => ({ ...ANSWERS[i]! }),
    })
    const text = write835({ trace: 'EFT-EQUIV', method: 'CHK', claims: [claim] })
    expect(p.importEra(text).file.status).toBe('processed')
    const posted = await p.run('checks.post', {
      check: newCheck(6000),
      claims: [{ claimId: paper.primary, lines: checkLines() }],
    })
    expect(posted.check).toMatchObject({ amountCents: 6000, appliedCents: 6000, unappliedCents: 0 })
    expect(ledger(paper.primary)).toEqual(ledger(era.primary))
    expect(ledger(paper.primary)).toHaveLength(6)
    const a = await p.run('claims.amounts', { claimId: era.primary })
    const b = await p.run('claims.amounts', { claimId: paper.primary })
    const keep = ['claimId', 'patientControlNumber', 'payerClaimNumber']
    const same = (x: typeof a) => Object.entries(x).filter(([k]) => !keep.includes(k))
    expect(same(b)).toEqual(same(a))
    expect(b).toMatchObject({
      status: 'closed',
      outcome: 'partial',
      insurancePaidCents: 6000,
      contractualCents: 6000,
      patientResponsibilityCents: 3000,
      balanceCents: 0,
    })
    expect([...visitLineBalances(db(), paper.visitId)]).toEqual([
      [1, { insuranceCents: 0, patientCents: 3000 }],
      [2, { insuranceCents: 0, patientCents: 0 }],
    ])
  })

  it('keeps the rest of the check visibly unapplied, and applies it later', async () => {
    const first = await p.submitted()
    const second = await p.submitted()
    const paid = (claimId: number) => ({
      claimId,
      lines: [
        {
          lineNo: 1,
          paidCents: 10000,
          adjustments: [{ group: 'CO' as const, reason: '45', amountCents: 2500 }],
          remarks: [],
        },
      ],
    })
    const r = await p.run('checks.post', { check: newCheck(25000), claims: [paid(first.primary)] })
    expect(r.check).toMatchObject({ appliedCents: 10000, unappliedCents: 15000 })
    const open = await p.run('checks.list', { open: true })
    expect(open.rows.map((c) => [c.paymentId, c.unappliedCents])).toContainEqual([
      r.check.paymentId,
      15000,
    ])
    const later = await p.run('checks.post', {
      paymentId: r.check.paymentId,
      claims: [paid(second.primary)],
    })
    expect(later.check).toMatchObject({ appliedCents: 20000, unappliedCents: 5000 })
    expect(later.check.claims.map((c) => c.claimId)).toEqual([first.primary, second.primary])
    const payments = await p.run('payments.list', {})
    expect(payments.rows.find((x) => x.paymentId === r.check.paymentId)).toMatchObject({
      source: 'insurance',
      method: 'check',
      amountCents: 25000,
    })
  })

  it('refuses a line that does not balance, with its numbers, and posts nothing of the check', async () => {
    const c = await p.submitted()
    const before = ledger(c.primary).length
    const count = () =>
      (db().prepare('SELECT count(*) AS n FROM payments').get() as { n: number }).n
    const payments = count()
    await expect(
      p.run('checks.post', {
        check: newCheck(10000),
        claims: [
          {
            claimId: c.primary,
            lines: [
              {
                lineNo: 1,
                paidCents: 10000,
                adjustments: [{ group: 'CO', reason: '45', amountCents: 2000 }],
                remarks: [],
              },
            ],
          },
        ],
      }),
    ).rejects.toThrow(
      'line 1 (99213): charge $125.00 − adjustments $20.00 = $105.00, but the paid amount is $100.00',
    )
    expect(ledger(c.primary)).toHaveLength(before)
    expect(count()).toBe(payments)
  })

  it('refuses to apply more than the check, a check entered twice, and a claim of another payer', async () => {
    const c = await p.submitted()
    const line = {
      lineNo: 1,
      paidCents: 12500,
      adjustments: [],
      remarks: [],
    }
    await expect(
      p.run('checks.post', {
        check: newCheck(5000),
        claims: [{ claimId: c.primary, lines: [line] }],
      }),
    ).rejects.toThrow('These lines pay $125.00, but only $50.00 of check')
    const header = newCheck(5000)
    await p.run('checks.post', { check: header, claims: [] })
    await expect(p.run('checks.post', { check: header, claims: [] })).rejects.toThrow(
      `Check ${header.checkNumber} from`,
    )
    const other = await p.run('checks.post', {
      check: { ...newCheck(20000), payerId: p.secondPayerId },
      claims: [],
    })
    await expect(
      p.run('checks.post', {
        paymentId: other.check.paymentId,
        claims: [{ claimId: c.primary, lines: [line] }],
      }),
    ).rejects.toThrow('is billed to another payer')
  })
})
