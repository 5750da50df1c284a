import { describe, expect, it } from 'vitest'
import { findings } from './fixture'

describe('auth.required', () => {
  it('asks for the authorization number when the payer requires one', () => {
    const hits = findings('auth.required', {
      data: (d) => (d.payer.record.requiresPriorAuthorization = true),
    })
    expect(hits).toEqual([
      {
        field: 'visit.priorAuthorization',
        message: expect.stringMatching(
          /requires prior authorization — enter the authorization number/,
        ),
      },
    ])
  })
  it('passes when the number is there, or the payer does not require it', () => {
    expect(findings('auth.required')).toEqual([])
    expect(
      findings('auth.required', {
        data: (d) => {
          d.payer.record.requiresPriorAuthorization = true
          d.visit.priorAuthorization = 'AUTH123'
        },
      }),
    ).toEqual([])
  })
})
