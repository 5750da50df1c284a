import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openPractice, twoPayers, type TestPractice } from './fake-practice'

describe('the fee schedule', () => {
  let p: TestPractice
  let medicareId: number
  let commercialId: number
  beforeEach(async () => {
    p = await openPractice()
    ;({ medicareId, commercialId } = await twoPayers(p))
  })
  afterEach(() => p.close())

  it('keeps a code’s charge in cents with what each payer is expected to allow', async () => {
    const saved = await p.ok('fees.save', {
      code: '99213',
      chargeCents: 15_000,
      expectedAllowed: [
        { payerId: commercialId, allowedCents: 11_250 },
        { payerId: medicareId, allowedCents: 9_163 },
      ],
    })
    expect(saved).toMatchObject({
      code: '99213',
      chargeCents: 15_000,
      expectedAllowed: [
        { payerId: medicareId, allowedCents: 9_163 },
        { payerId: commercialId, allowedCents: 11_250 },
      ].sort((a, b) => a.payerId - b.payerId),
    })
  })

  it('replaces the expected amounts when a code is saved again', async () => {
    await p.ok('fees.save', {
      code: '99213',
      chargeCents: 15_000,
      expectedAllowed: [{ payerId: medicareId, allowedCents: 9_163 }],
    })
    await p.ok('fees.save', {
      code: '99213',
      chargeCents: 16_000,
      expectedAllowed: [{ payerId: commercialId, allowedCents: 12_000 }],
    })
    const [row] = await p.ok('fees.list', {})
    expect(row).toMatchObject({
      chargeCents: 16_000,
      expectedAllowed: [{ payerId: commercialId, allowedCents: 12_000 }],
    })
  })

  it('refuses to add a code already on the schedule, keeping its charge and expected amounts', async () => {
    await p.ok('fees.save', {
      code: '99213',
      chargeCents: 15_000,
      expectedAllowed: [{ payerId: medicareId, allowedCents: 9_163 }],
    })
    const again = await p.call('fees.save', { code: '99213', chargeCents: 100, adding: true })
    expect(again.ok === false && again.error).toMatchObject({
      code: 'conflict',
      field: 'code',
      message: expect.stringContaining('99213 is already on the fee schedule at $150.00'),
    })
    const [row] = await p.ok('fees.list', {})
    expect(row).toMatchObject({
      chargeCents: 15_000,
      expectedAllowed: [{ payerId: medicareId, allowedCents: 9_163 }],
    })
  })

  it('lists codes in order, upper-cases HCPCS codes, and removes a code with its expectations', async () => {
    await p.ok('fees.save', {
      code: 'j1885',
      chargeCents: 2_500,
      expectedAllowed: [{ payerId: medicareId, allowedCents: 180 }],
    })
    await p.ok('fees.save', { code: '36415', chargeCents: 1_500 })
    expect((await p.ok('fees.list', {})).map((f) => f.code)).toEqual(['36415', 'J1885'])
    await p.ok('fees.remove', { code: 'j1885' })
    expect((await p.ok('fees.list', {})).map((f) => f.code)).toEqual(['36415'])
    const again = await p.call('fees.remove', { code: 'J1885' })
    expect(again.ok === false && again.error).toMatchObject({ code: 'not_found', field: 'code' })
  })

  it('refuses a charge in fractional cents and a code that is not CPT or HCPCS', async () => {
    const fraction = await p.call('fees.save', { code: '99213', chargeCents: 150.5 })
    expect(fraction.ok === false && fraction.error.field).toBe('chargeCents')
    const modifier = await p.call('fees.save', { code: '99213-25', chargeCents: 15_000 })
    expect(modifier.ok === false && modifier.error.field).toBe('code')
  })

  it('refuses two expected amounts for one payer on one code', async () => {
    const r = await p.call('fees.save', {
      code: '99213',
      chargeCents: 15_000,
      expectedAllowed: [
        { payerId: medicareId, allowedCents: 9_163 },
        { payerId: medicareId, allowedCents: 9_000 },
      ],
    })
    expect(r.ok === false && r.error.field).toBe('expectedAllowed.1.payerId')
  })

  it('refuses an expected amount for a payer that is not on file, and saves nothing', async () => {
    const r = await p.call('fees.save', {
      code: '99213',
      chargeCents: 15_000,
      expectedAllowed: [{ payerId: 9_999, allowedCents: 9_163 }],
    })
    expect(r.ok === false && r.error).toMatchObject({
      code: 'not_found',
      field: 'expectedAllowed.0.payerId',
    })
    expect(await p.ok('fees.list', {})).toEqual([])
  })
})
