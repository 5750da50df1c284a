import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  fakeNpi,
  location,
  openPractice,
  payer,
  provider,
  type TestPractice,
} from './fake-practice'

describe('the practice directory: providers, locations, referrers, payers', () => {
  let p: TestPractice
  beforeEach(async () => {
    p = await openPractice()
  })
  afterEach(() => p.close())

  it('saves a provider, changes it by id, and lists it', async () => {
    const added = await p.ok('providers.save', { record: provider() })
    expect(added).toMatchObject({
      active: true,
      record: { lastName: 'Testdoctor', credentials: 'MD' },
    })
    const changed = await p.ok('providers.save', {
      id: added.id,
      record: provider({ credentials: 'MD, FAAFP' }),
    })
    expect(changed.id).toBe(added.id)
    expect(await p.ok('providers.list', {})).toEqual([changed])
  })

  it('refuses a second provider with an NPI already on file, naming the one who has it', async () => {
    const first = await p.ok('providers.save', { record: provider() })
    const r = await p.call('providers.save', {
      record: provider({ lastName: 'Otherdoctor', firstName: 'Bob' }),
    })
    const { firstName, lastName, npi } = first.record
    expect(r.ok === false && r.error).toMatchObject({
      code: 'conflict',
      field: 'record.npi',
      message: `NPI ${npi} is already used by ${firstName} ${lastName}, MD, another provider.`,
    })
    expect(await p.ok('providers.list', {})).toHaveLength(1)
  })

  it("keeps a provider's PTAN and state license, both optional", async () => {
    const saved = await p.ok('providers.save', {
      record: provider({ ptan: 'AB1234', stateLicense: 'ME12345' }),
    })
    expect(saved.record).toMatchObject({ ptan: 'AB1234', stateLicense: 'ME12345' })
    const bad = await p.call('providers.save', {
      id: saved.id,
      record: provider({ ptan: 'A*B' }),
    })
    expect(bad.ok === false && bad.error.field).toBe('record.ptan')
    const without = await p.ok('providers.save', {
      id: saved.id,
      record: provider({ ptan: '', stateLicense: '' }),
    })
    expect(without.record.ptan).toBeUndefined()
  })

  it('lets a provider be saved again with its own NPI', async () => {
    const first = await p.ok('providers.save', { record: provider() })
    const again = await p.ok('providers.save', {
      id: first.id,
      record: provider({ firstName: 'Alicia' }),
    })
    expect(again.record.firstName).toBe('Alicia')
  })

  it('hides an inactive provider from the pick list but keeps it for past claims', async () => {
    const alice = await p.ok('providers.save', { record: provider() })
    const bob = await p.ok('providers.save', {
      record: provider({
        lastName: 'Otherdoctor',
        firstName: 'Bob',
        credentials: 'DO',
        npi: fakeNpi(111_000_002),
      }),
    })
    const off = await p.ok('providers.setActive', { id: bob.id, active: false })
    expect(off.active).toBe(false)
    expect((await p.ok('providers.list', {})).map((r) => r.id)).toEqual([alice.id])
    const all = await p.ok('providers.list', { includeInactive: true })
    expect(all.map((r) => [r.id, r.active])).toEqual([
      [bob.id, false],
      [alice.id, true],
    ])
    await p.ok('providers.setActive', { id: bob.id, active: true })
    expect(await p.ok('providers.list', {})).toHaveLength(2)
  })

  it('answers not_found for a provider that does not exist', async () => {
    const r = await p.call('providers.setActive', { id: 999, active: false })
    expect(r.ok === false && r.error.code).toBe('not_found')
  })

  it('saves a service location with its own NPI and lists only the active ones', async () => {
    const main = await p.ok('locations.save', { record: location() })
    const annex = await p.ok('locations.save', {
      record: location({
        name: 'Fake Family Practice Annex',
        address: { street1: '200 Example St', city: 'Springfield', state: 'IL', zip: '62702-0200' },
        npi: fakeNpi(188_000_001),
      }),
    })
    expect(annex.record.npi).toBe(fakeNpi(188_000_001))
    await p.ok('locations.setActive', { id: annex.id, active: false })
    expect((await p.ok('locations.list', {})).map((r) => r.id)).toEqual([main.id])
    expect(await p.ok('locations.list', { includeInactive: true })).toHaveLength(2)
  })

  it('refuses a PO box as a service location: patients are seen at a street address', async () => {
    const r = await p.call('locations.save', {
      record: {
        name: 'Fake Clinic',
        address: { street1: 'PO Box 12', city: 'Springfield', state: 'IL', zip: '62701-0100' },
        defaultPlaceOfService: '11',
      },
    })
    expect(r.ok === false && r.error.field).toBe('record.address.street1')
  })

  it('refuses a place of service that is two digits but not on the CMS list (77)', async () => {
    const r = await p.call('locations.save', { record: location({ defaultPlaceOfService: '77' }) })
    expect(r.ok).toBe(false)
    expect(r.ok === false && r.error).toMatchObject({
      field: 'record.defaultPlaceOfService',
      message: expect.stringMatching(
        /^Place of service 77 is not on the CMS place-of-service list/,
      ),
    })
    expect(await p.ok('locations.list', {})).toEqual([])
    await p.ok('locations.save', { record: location({ defaultPlaceOfService: '22' }) })
  })

  it('saves referring providers, refuses a repeated NPI, and hides inactive ones', async () => {
    const ref = { lastName: 'Testreferrer', firstName: 'Carol', npi: fakeNpi(122_000_001) }
    const carol = await p.ok('referrers.save', { record: ref })
    const dup = await p.call('referrers.save', { record: { ...ref, firstName: 'Caroline' } })
    expect(dup.ok === false && dup.error.code).toBe('conflict')
    const dan = await p.ok('referrers.save', {
      record: { lastName: 'Fakename', firstName: 'Dan', npi: fakeNpi(122_000_002) },
    })
    await p.ok('referrers.setActive', { id: carol.id, active: false })
    expect((await p.ok('referrers.list', {})).map((r) => r.id)).toEqual([dan.id])
    expect(await p.ok('referrers.list', { includeInactive: true })).toHaveLength(2)
  })

  it('saves payers with their claim filing indicator and upper-cases the payer ID', async () => {
    const medicare = await p.ok('payers.save', {
      record: payer({
        name: 'Example Medicare Part B (FAKE)',
        clearinghousePayerId: 'fake002',
        claimFilingIndicator: 'MB',
      }),
    })
    expect(medicare.record).toMatchObject({
      clearinghousePayerId: 'FAKE002',
      claimFilingIndicator: 'MB',
      timelyFilingDays: 365,
    })
    const commercial = await p.ok('payers.save', { record: payer() })
    await p.ok('payers.setActive', { id: medicare.id, active: false })
    expect((await p.ok('payers.list', {})).map((r) => r.id)).toEqual([commercial.id])
    expect(
      (await p.ok('payers.list', { includeInactive: true })).map((r) => r.record.name),
    ).toEqual(['Example Health Plan (FAKE)', 'Example Medicare Part B (FAKE)'])
  })

  it('refuses a payer with an unknown claim filing indicator, naming the field', async () => {
    const r = await p.call('payers.save', { record: payer({ claimFilingIndicator: 'XX' as 'CI' }) })
    expect(r.ok === false && r.error.field).toBe('record.claimFilingIndicator')
  })
})
