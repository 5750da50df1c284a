import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('x12.text', () => {
  it('passes names and addresses within the 837P limits', () => {
    expect(findings('x12.text')).toEqual([])
  })
  it('refuses a separator character, naming the field', () => {
    expect(
      findings('x12.text', {
        data: (d) => (d.patient.record.address.street1 = '12 Example St*Apt 2'),
      }),
    ).toEqual([
      {
        field: 'patient.address.street1',
        message: `Patient's street contains "*", which claim files use as a separator — remove it`,
      },
    ])
  })
  it('refuses a name longer than its element allows', () => {
    const hits = findings('x12.text', {
      data: (d) => (d.provider.record.firstName = 'A'.repeat(36)),
    })
    expect(hits).toEqual([
      {
        field: 'provider.firstName',
        message: expect.stringMatching(/is 36 characters; claims allow at most 35/),
      },
    ])
  })
})
