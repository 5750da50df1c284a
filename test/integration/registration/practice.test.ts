import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  badCheckDigit,
  fakeNpi,
  openPractice,
  practiceProfile,
  type TestPractice,
} from './fake-practice'

describe('the practice as billing provider (837P 2010AA)', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await openPractice()
  })
  afterEach(() => p.close())

  it('saves the profile and makes the legal name the practice name', async () => {
    const saved = await p.ok('practice.update', practiceProfile())
    expect(saved.name).toBe('Fake Family Practice LLC')
    expect(saved.profile).toMatchObject({ ein: '123456789', billingAddress: { zip: '627010100' } })
    expect(await p.ok('practice.get', {})).toEqual(saved)
  })

  it('refuses a PO box as the billing address, pointing at the street line', async () => {
    const r = await p.call(
      'practice.update',
      practiceProfile({
        billingAddress: {
          street1: 'P.O. Box 4410',
          city: 'Springfield',
          state: 'IL',
          zip: '62701-0100',
        },
      }),
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toMatchObject({ code: 'invalid_input', field: 'billingAddress.street1' })
    expect(r.error.message).toMatch(/PO box.*pay-to address/)
  })

  it('accepts the PO box as the pay-to address, where payers mail checks', async () => {
    const saved = await p.ok(
      'practice.update',
      practiceProfile({
        payToAddress: { street1: 'PO Box 4410', city: 'Springfield', state: 'IL', zip: '62705' },
      }),
    )
    expect(saved.profile?.payToAddress?.street1).toBe('PO Box 4410')
  })

  it('refuses a billing NPI whose check digit is wrong', async () => {
    const r = await p.call(
      'practice.update',
      practiceProfile({ billingNpi: badCheckDigit(fakeNpi(199_000_001)) }),
    )
    expect(r.ok === false && r.error).toMatchObject({
      code: 'invalid_input',
      field: 'billingNpi',
      message: expect.stringContaining('check digit'),
    })
    expect((await p.ok('practice.get', {})).profile).toBeNull()
  })

  it('refuses a 5-digit ZIP on the billing address: 2010AA needs ZIP+4', async () => {
    const r = await p.call(
      'practice.update',
      practiceProfile({
        billingAddress: {
          street1: '100 Example St',
          city: 'Springfield',
          state: 'IL',
          zip: '62701',
        },
      }),
    )
    expect(r.ok === false && r.error.field).toBe('billingAddress.zip')
  })
})
