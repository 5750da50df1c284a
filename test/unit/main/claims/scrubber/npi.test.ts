import { describe, expect, it } from 'vitest'
import { ReferringProvider } from '../../../../../src/shared/schemas/referringProvider'
import { findings, REFERRING_NPI } from './fixture'

const bad = (npi: string) => npi.slice(0, 9) + String((Number(npi[9]) + 1) % 10)

describe('npi.billing', () => {
  it('passes a billing NPI with a valid check digit', () => {
    expect(findings('npi.billing')).toEqual([])
  })
  it('names a billing NPI that fails its check digit, and where to fix it', () => {
    const hits = findings('npi.billing', { data: (d) => (d.practice!.billingNpi = '1234567890') })
    expect(hits).toEqual([
      {
        field: 'practice.billingNpi',
        message:
          'Billing NPI 1234567890 fails its check digit — re-check it against the NPPES record in Practice → Billing provider',
      },
    ])
  })
  it('says when the billing NPI is not 10 digits', () => {
    expect(
      findings('npi.billing', { data: (d) => (d.practice!.billingNpi = '12345') })[0]!.message,
    ).toMatch(/"12345" is not 10 digits/)
  })
})

describe('npi.rendering', () => {
  it('flags a rendering NPI with a wrong check digit at provider.npi', () => {
    const hits = findings('npi.rendering', {
      data: (d) => (d.provider.record.npi = bad(d.provider.record.npi)),
    })
    expect(hits.map((h) => h.field)).toEqual(['provider.npi'])
  })
})

describe('npi.referring', () => {
  it('checks the referring NPI only when there is a referring provider', () => {
    expect(findings('npi.referring')).toEqual([])
    const referrer = {
      id: 8,
      active: true,
      record: ReferringProvider.parse({
        lastName: 'Testreferrer',
        firstName: 'Bob',
        npi: REFERRING_NPI,
      }),
    }
    expect(
      findings('npi.referring', {
        data: (d) =>
          (d.referrer = { ...referrer, record: { ...referrer.record, npi: bad(REFERRING_NPI) } }),
      }).map((h) => h.field),
    ).toEqual(['referrer.npi'])
  })
})

describe('npi.facility', () => {
  it('checks a service location NPI when one is given, and accepts none', () => {
    expect(findings('npi.facility')).toEqual([])
    expect(
      findings('npi.facility', { data: (d) => (d.location.record.npi = '1111111111') }).map(
        (h) => h.field,
      ),
    ).toEqual(['location.npi'])
  })
})
