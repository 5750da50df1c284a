import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { patientBalance, visitBalance, visitLineBalances } from '../../../src/main/ledger/balances'
import { postEntries } from '../../../src/main/ledger/entries'
import { allRows, storeQuery } from '../../../src/main/store/sync-query'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

describe('patient payments', () => {
  let p: ClaimPractice
  beforeAll(async () => {
    p = await claimPractice()
  })
  afterAll(() => p.close())

  const db = () => p.office.store.db
  /** A self-pay patient with billed visits of the given dates (charges owed by the patient). */
  async function selfPay(dates: string[], lines = [officeVisit()]) {
    const patientId = await p.patient([])
    const visitIds: number[] = []
    for (const dateOfService of dates) {
      const visitId = await p.codedVisit(patientId, { dateOfService, lines })
      await p.bill(visitId)
      visitIds.push(visitId)
    }
    return { patientId, visitIds }
  }

  it('pays the oldest visit first, then the next, and keeps the rest as credit on the account', async () => {
    const { patientId, visitIds } = await selfPay(['2026-02-20', '2026-01-15'])
    const [newer, older] = visitIds as [number, number]
    const r = await p.run('payments.collect', {
      patientId,
      amountCents: 30000,
      method: 'cash',
    })
    expect(r.allocations).toEqual([
      { visitId: older, lineNo: 1, cents: 12500 },
      { visitId: newer, lineNo: 1, cents: 12500 },
    ])
    expect(r.appliedCents).toBe(25000)
    expect(r.creditCents).toBe(5000)
    expect(r.patientBalanceCents).toBe(-5000)
    expect(visitBalance(db(), older).patientCents).toBe(0)
    const ledger = await p.run('ledger.patient', { patientId })
    expect(ledger.creditCents).toBe(5000)
    expect(ledger.balanceCents).toBe(-5000)
    expect(ledger.lines.at(-1)!.visitId).toBeNull()
  })

  it('pays a chosen visit, and refuses more than it owes unless the rest goes to credit', async () => {
    const { patientId, visitIds } = await selfPay(['2026-01-10', '2026-02-20'])
    const [older, newer] = visitIds as [number, number]
    const over = await p.ask(p.admin, 'payments.collect', {
      patientId,
      amountCents: 20000,
      method: 'check',
      checkNumber: '1042',
      apply: 'visits',
      visits: [{ visitId: newer, amountCents: 20000 }],
    })
    expect(over.ok).toBe(false)
    if (!over.ok) expect(over.error.message).toMatch(/owes \$125\.00 on visit #\d+, less than/)
    const leftOver = await p.ask(p.admin, 'payments.collect', {
      patientId,
      amountCents: 20000,
      method: 'check',
      checkNumber: '1042',
      apply: 'visits',
      visits: [{ visitId: newer, amountCents: 12500 }],
    })
    expect(leftOver.ok).toBe(false)
    if (!leftOver.ok) expect(leftOver.error.message).toMatch(/\$75\.00 .* left over/)
    const r = await p.run('payments.collect', {
      patientId,
      amountCents: 20000,
      method: 'check',
      checkNumber: '1042',
      apply: 'visits',
      visits: [{ visitId: newer, amountCents: 12500 }],
      restToCredit: true,
    })
    expect(r.creditCents).toBe(7500)
    expect(visitBalance(db(), newer).patientCents).toBe(0)
    expect(visitBalance(db(), older).patientCents).toBe(12500)
    // Nothing of the refused attempts reached the ledger or the payments.
    const list = await p.run('payments.list', { patientId })
    expect(list.rows).toHaveLength(1)
    expect(list.rows[0]).toMatchObject({
      reference: '1042',
      appliedCents: 12500,
      creditCents: 7500,
    })
  })

  it('applies credit on account to visits later, oldest first, payment by payment', async () => {
    const patientId = await p.patient([])
    await p.run('payments.collect', {
      patientId,
      amountCents: 4000,
      method: 'cash',
      apply: 'credit',
    })
    await p.run('payments.collect', {
      patientId,
      amountCents: 10000,
      method: 'card',
      cardLast4: '4242',
    })
    expect(patientBalance(db(), patientId).patientCents).toBe(-14000)
    const visitId = await p.codedVisit(patientId)
    await p.bill(visitId)
    const r = await p.run('payments.applyCredit', { patientId })
    expect(r.appliedCents).toBe(12500)
    expect(r.creditCents).toBe(1500)
    expect(visitBalance(db(), visitId).patientCents).toBe(0)
    const rows = (await p.run('payments.list', { patientId })).rows
    expect(rows.map((x) => [x.method, x.appliedCents, x.creditCents])).toEqual([
      ['card', 8500, 1500],
      ['cash', 4000, 0],
    ])
    const again = await p.ask(p.admin, 'payments.applyCredit', { patientId })
    expect(again.ok).toBe(false)
  })

  it('refunds only unapplied credit, and records how it was paid back', async () => {
    const { patientId } = await selfPay(['2026-02-01'])
    await p.run('payments.collect', { patientId, amountCents: 15000, method: 'cash' })
    const tooMuch = await p.ask(p.admin, 'payments.refund', {
      patientId,
      amountCents: 3000,
      method: 'cash',
      reason: 'overpaid at the desk',
    })
    expect(tooMuch.ok).toBe(false)
    if (!tooMuch.ok) expect(tooMuch.error.message).toMatch(/holds \$25\.00, less than the \$30\.00/)
    const r = await p.run('payments.refund', {
      patientId,
      amountCents: 2500,
      method: 'check',
      checkNumber: '5001',
      reason: 'overpaid at the desk',
    })
    expect(r).toMatchObject({ refundedCents: 2500, creditCents: 0, patientBalanceCents: 0 })
    const ledger = await p.run('ledger.patient', { patientId })
    const refund = ledger.lines.find((l) => l.kind === 'refund')!
    expect(refund.description).toMatch(/refund by check 5001/)
    expect(refund.patientPaidCents).toBe(-2500)
  })

  it('moves a payment from one visit to another, and a balance from insurance to the patient', async () => {
    const { patientId, visitIds } = await selfPay(['2026-01-05', '2026-02-05'])
    const [first, second] = visitIds as [number, number]
    await p.run('payments.collect', {
      patientId,
      amountCents: 5000,
      method: 'cash',
      apply: 'visits',
      visits: [{ visitId: first, amountCents: 5000 }],
    })
    await p.run('payments.transfer', {
      kind: 'payment',
      patientId,
      fromVisitId: first,
      toVisitId: second,
      amountCents: 3000,
      reason: 'patient asked to pay the February visit',
    })
    expect(visitBalance(db(), first).patientCents).toBe(12500 - 2000)
    expect(visitBalance(db(), second).patientCents).toBe(12500 - 3000)
    const tooMuch = await p.ask(p.admin, 'payments.transfer', {
      kind: 'payment',
      patientId,
      fromVisitId: first,
      toVisitId: null,
      amountCents: 2500,
      reason: 'to credit',
    })
    expect(tooMuch.ok).toBe(false)

    const insured = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(insured)
    await p.bill(visitId)
    await p.run('payments.transfer', {
      kind: 'responsibility',
      patientId: insured,
      visitId,
      direction: 'toPatient',
      amountCents: 2000,
      reason: 'not covered: bill the patient',
    })
    expect(visitBalance(db(), visitId)).toEqual({ insuranceCents: 10500, patientCents: 2000 })
  })

  it('writes off with a category and reason, and front desk may not', async () => {
    const { patientId, visitIds } = await selfPay(['2026-02-10'])
    const visitId = visitIds[0]!
    const front = await p.staff('front_desk', 'fran.front')
    const refused = await p.ask(front, 'payments.writeOff', {
      patientId,
      visitId,
      amountCents: 500,
      category: 'small_balance',
      reason: 'under five dollars',
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.code).toBe('forbidden')
    const biller = await p.staff('biller', 'bill.biller')
    const r = await p.call(biller, 'payments.writeOff', {
      patientId,
      visitId,
      amountCents: 500,
      category: 'hardship',
      reason: 'hardship form on file',
    })
    expect(r.writtenOffCents).toBe(500)
    expect(visitBalance(db(), visitId).patientCents).toBe(12000)
    const line = (await p.run('ledger.visit', { visitId })).lines.find(
      (l) => l.kind === 'write_off',
    )!
    expect(line).toMatchObject({ reasonCode: 'hardship', adjustmentCents: 500 })
    const over = await p.ask(p.admin, 'payments.writeOff', {
      patientId,
      visitId,
      amountCents: 12001,
      category: 'courtesy',
      reason: 'too much',
    })
    expect(over.ok).toBe(false)
    // Front desk takes payments all the same.
    await p.call(front, 'payments.collect', { patientId, amountCents: 1000, method: 'cash' })
  })

  it('voids a payment by reversing its ledger lines, never deleting them', async () => {
    const { patientId, visitIds } = await selfPay(['2026-02-12'])
    const paid = await p.run('payments.collect', { patientId, amountCents: 20000, method: 'cash' })
    expect(paid.patientBalanceCents).toBe(-7500)
    const before = allRows(db(), storeQuery.selectFrom('ledger_entries').select('id')).length
    const v = await p.run('payments.void', { paymentId: paid.paymentId, reason: 'keyed twice' })
    expect(v.reversedLines).toBe(2)
    expect(v.patientBalanceCents).toBe(12500)
    expect(v.creditCents).toBe(0)
    expect(allRows(db(), storeQuery.selectFrom('ledger_entries').select('id')).length).toBe(
      before + 2,
    )
    expect(visitBalance(db(), visitIds[0]!).patientCents).toBe(12500)
    const again = await p.ask(p.admin, 'payments.void', {
      paymentId: paid.paymentId,
      reason: 'keyed twice',
    })
    expect(again.ok).toBe(false)
    const rows = (await p.run('payments.list', { patientId, includeVoided: true })).rows
    expect(rows[0]).toMatchObject({ voided: true, voidReason: 'keyed twice' })
  })

  it('voids a payment whose credit was applied later, undoing the application too', async () => {
    const patientId = await p.patient([])
    const paid = await p.run('payments.collect', {
      patientId,
      amountCents: 5000,
      method: 'cash',
      apply: 'credit',
    })
    const visitId = await p.codedVisit(patientId)
    await p.bill(visitId)
    await p.run('payments.applyCredit', { patientId })
    expect(visitBalance(db(), visitId).patientCents).toBe(7500)
    await p.run('payments.void', { paymentId: paid.paymentId, reason: 'check bounced' })
    expect(visitBalance(db(), visitId).patientCents).toBe(12500)
    expect(patientBalance(db(), patientId).patientCents).toBe(12500)
  })

  it('keeps only the last 4 digits of a card and refuses anything longer', async () => {
    const patientId = await p.patient([])
    for (const cardLast4 of ['4111111111111111', '42424', '42a4', undefined]) {
      const r = await p.ask(p.admin, 'payments.collect', {
        patientId,
        amountCents: 1000,
        method: 'card',
        cardLast4,
      })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.message).toMatch(/only the last 4 digits/)
    }
    await p.run('payments.collect', {
      patientId,
      amountCents: 1000,
      method: 'card',
      cardLast4: '1881',
    })
    const stored = allRows(
      db(),
      storeQuery.selectFrom('payments').select('card_last4').where('patient_id', '=', patientId),
    )
    expect(stored).toEqual([{ card_last4: '1881' }])
  })

  it('refuses a check without its number and a payment of nothing', async () => {
    const patientId = await p.patient([])
    const noNumber = await p.ask(p.admin, 'payments.collect', {
      patientId,
      amountCents: 1000,
      method: 'check',
    })
    expect(noNumber.ok).toBe(false)
    const zero = await p.ask(p.admin, 'payments.collect', {
      patientId,
      amountCents: 0,
      method: 'cash',
    })
    expect(zero.ok).toBe(false)
  })

  it('shows an insured visit on the ledger with what insurance paid and what moved to the patient', async () => {
    const patientId = await p.patient([coverage(p.payerId)])
    const lines = [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })]
    const visitId = await p.codedVisit(patientId, { lines })
    await p.bill(visitId)
    const by = { user: 'test', at: new Date().toISOString() }
    db().transaction(() =>
      postEntries(
        db(),
        [
          {
            kind: 'insurance_payment',
            effectiveDate: '2026-03-01',
            patientId,
            visitId,
            lineNo: 1,
            insuranceCents: -8000,
            patientCents: 0,
          },
          {
            kind: 'contractual',
            effectiveDate: '2026-03-01',
            patientId,
            visitId,
            lineNo: 1,
            insuranceCents: -2500,
            patientCents: 0,
            groupCode: 'CO',
            reasonCode: '45',
          },
          {
            kind: 'patient_responsibility',
            effectiveDate: '2026-03-01',
            patientId,
            visitId,
            lineNo: 1,
            insuranceCents: -2000,
            patientCents: 2000,
            groupCode: 'PR',
            reasonCode: '3',
          },
        ],
        by,
      ),
    )()
    const r = await p.run('payments.collect', { patientId, amountCents: 2000, method: 'cash' })
    expect(r.allocations).toEqual([{ visitId, lineNo: 1, cents: 2000 }])
    const ledger = await p.run('ledger.visit', { visitId })
    expect(ledger.visits).toEqual([
      expect.objectContaining({
        visitId,
        chargeCents: 15000,
        insurancePaidCents: 8000,
        adjustmentCents: 2500,
        patientPaidCents: 2000,
        insuranceBalanceCents: 2500,
        patientBalanceCents: 0,
      }),
    ])
    expect(ledger.lines.map((l) => l.runningBalanceCents)).toEqual([
      12500, 15000, 7000, 4500, 4500, 2500,
    ])
    expect([...visitLineBalances(db(), visitId)]).toEqual([
      [1, { insuranceCents: 0, patientCents: 0 }],
      [2, { insuranceCents: 2500, patientCents: 0 }],
    ])
  })

  it('finds the ledger by account number; a viewer reads it but takes no payment', async () => {
    const { patientId } = await selfPay(['2026-02-14'])
    const { accountNo } = await p.run('ledger.patient', { patientId })
    const byAccount = await p.run('ledger.patient', { accountNo })
    expect(byAccount).toMatchObject({ patientId, patientBalanceCents: 12500, creditCents: 0 })
    const viewer = await p.staff('viewer', 'vic.viewer')
    expect((await p.call(viewer, 'ledger.patient', { patientId })).balanceCents).toBe(12500)
    const refused = await p.ask(viewer, 'payments.collect', {
      patientId,
      amountCents: 100,
      method: 'cash',
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.code).toBe('forbidden')
  })
})
