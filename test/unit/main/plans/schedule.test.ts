import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../../src/main/errors'
import { monthlyDue, planSchedule, type PlanTerms } from '../../../../src/main/plans/schedule'
import { applyFifo } from '../../../../src/main/plans/status'

const terms = (t: Partial<PlanTerms>): PlanTerms => ({
  totalCents: 100_000,
  downPaymentCents: 0,
  installmentCents: null,
  installments: null,
  frequency: 'monthly',
  firstDue: '2027-01-31',
  remainder: 'last',
  startDate: '2027-01-02',
  ...t,
})
const sum = (items: { amountCents: number }[]) => items.reduce((s, i) => s + i.amountCents, 0)

describe('payment plan schedule', () => {
  it('falls back to the last day of a month without the due day, then returns to it', () => {
    expect([0, 1, 2, 3].map((k) => monthlyDue('2027-01-31', k))).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ])
    expect(monthlyDue('2028-01-31', 1)).toBe('2028-02-29')
    expect(monthlyDue('2027-11-30', 3)).toBe('2028-02-29')
    expect(monthlyDue('2027-12-15', 1)).toBe('2028-01-15')
  })

  it('splits by the number of installments with the odd cents on the last, summing exactly', () => {
    const items = planSchedule(terms({ totalCents: 100_000, installments: 3 }))
    expect(items.map((i) => i.amountCents)).toEqual([33_333, 33_333, 33_334])
    expect(items.map((i) => i.dueDate)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31'])
    expect(sum(items)).toBe(100_000)
  })

  it('puts the odd cents on the first installment when asked', () => {
    const items = planSchedule(terms({ totalCents: 100_000, installments: 3, remainder: 'first' }))
    expect(items.map((i) => i.amountCents)).toEqual([33_334, 33_333, 33_333])
  })

  it('by installment amount: as many as it takes, the smaller one last or first', () => {
    const last = planSchedule(terms({ totalCents: 45_000, installmentCents: 10_000 }))
    expect(last.map((i) => i.amountCents)).toEqual([10_000, 10_000, 10_000, 10_000, 5_000])
    const first = planSchedule(
      terms({ totalCents: 45_000, installmentCents: 10_000, remainder: 'first' }),
    )
    expect(first.map((i) => i.amountCents)).toEqual([5_000, 10_000, 10_000, 10_000, 10_000])
    const even = planSchedule(terms({ totalCents: 40_000, installmentCents: 10_000 }))
    expect(even.map((i) => i.amountCents)).toEqual([10_000, 10_000, 10_000, 10_000])
  })

  it('takes the down payment first, due the day the plan starts, and schedules the rest', () => {
    const items = planSchedule(
      terms({
        totalCents: 45_001,
        downPaymentCents: 5_000,
        installments: 4,
        frequency: 'biweekly',
        firstDue: '2027-01-15',
      }),
    )
    expect(items).toEqual([
      { number: 0, dueDate: '2027-01-02', amountCents: 5_000 },
      { number: 1, dueDate: '2027-01-15', amountCents: 10_000 },
      { number: 2, dueDate: '2027-01-29', amountCents: 10_000 },
      { number: 3, dueDate: '2027-02-12', amountCents: 10_000 },
      { number: 4, dueDate: '2027-02-26', amountCents: 10_001 },
    ])
    expect(sum(items)).toBe(45_001)
  })

  it('weekly installments are seven days apart, across a month and a year end', () => {
    const items = planSchedule(
      terms({
        totalCents: 3_000,
        installmentCents: 1_000,
        frequency: 'weekly',
        firstDue: '2027-12-24',
        startDate: '2027-12-01',
      }),
    )
    expect(items.map((i) => i.dueDate)).toEqual(['2027-12-24', '2027-12-31', '2028-01-07'])
  })

  it('sums exactly to the total for many awkward totals and counts', () => {
    for (const total of [1, 99, 100_001, 123_457, 999_999])
      for (const n of [1, 2, 3, 7, 11, 12])
        for (const remainder of ['first', 'last'] as const) {
          if (n > total) continue
          const items = planSchedule(terms({ totalCents: total, installments: n, remainder }))
          expect(items).toHaveLength(n)
          expect(sum(items)).toBe(total)
          expect(items.every((i) => Number.isInteger(i.amountCents) && i.amountCents > 0)).toBe(
            true,
          )
        }
  })

  it('refuses terms that make no plan', () => {
    const refuses = (t: Partial<PlanTerms>, words: RegExp) => {
      expect(() => planSchedule(terms(t))).toThrow(DomainError)
      expect(() => planSchedule(terms(t))).toThrow(words)
    }
    refuses({ installments: 3, downPaymentCents: 100_000 }, /no plan is needed/)
    refuses({}, /either the installment amount or the number/)
    refuses({ installments: 2, installmentCents: 100 }, /either/)
    refuses({ installmentCents: 100 }, /at most 120/)
    refuses({ installments: 3, firstDue: '2026-12-01' }, /before the plan starts/)
  })
})

describe('applying payments to a plan', () => {
  const schedule = [
    { number: 0, dueDate: '2027-01-02', amountCents: 5_000 },
    { number: 1, dueDate: '2027-02-01', amountCents: 10_000 },
    { number: 2, dueDate: '2027-03-01', amountCents: 10_000 },
    { number: 3, dueDate: '2027-04-01', amountCents: 10_000 },
  ]
  it('pays the oldest installment first and flags one past due and unpaid as missed', () => {
    const r = applyFifo(schedule, 12_000, '2027-03-15')
    expect(r.items.map((i) => [i.paidCents, i.status])).toEqual([
      [5_000, 'paid'],
      [7_000, 'missed'],
      [0, 'missed'],
      [0, 'due'],
    ])
    expect(r.missedCents).toBe(13_000)
    expect(r.next).toEqual({ number: 3, dueDate: '2027-04-01', amountCents: 10_000 })
  })
  it('an installment due today is due, not missed; a partly paid one owes the rest', () => {
    const r = applyFifo(schedule, 8_000, '2027-02-01')
    expect(r.items.map((i) => i.status)).toEqual(['paid', 'due', 'upcoming', 'upcoming'])
    expect(r.missedCents).toBe(0)
    expect(r.next?.amountCents).toBe(7_000)
  })
})
