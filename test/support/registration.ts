import { npiWithCheckDigit } from '../../src/shared/validators/npi'
import type { TestPractice } from './practice'

/** A provider, a location, a payer and a patient with coverage: what any visit is coded for. */
export async function registerBasics(p: TestPractice) {
  const s = p.admin
  const provider = await p.call(s, 'providers.save', {
    record: {
      lastName: 'Testdoctor',
      firstName: 'Dana',
      credentials: 'MD',
      npi: npiWithCheckDigit('123456789'),
      taxonomyCode: '207Q00000X',
    },
  })
  const location = await p.call(s, 'locations.save', {
    record: {
      name: 'Example Clinic Main Office',
      address: { street1: '100 Example St', city: 'Springfield', state: 'IL', zip: '627010001' },
      defaultPlaceOfService: '11',
    },
  })
  const payer = await p.call(s, 'payers.save', {
    record: {
      name: 'Example Health Plan (FAKE)',
      clearinghousePayerId: 'FAKE001',
      claimFilingIndicator: 'CI',
      timelyFilingDays: 365,
      acceptsElectronicClaims: true,
    },
  })
  const created = await p.call(s, 'patients.create', {
    patient: {
      lastName: 'Testpatient',
      firstName: 'Alice',
      dob: '1970-05-04',
      sex: 'F',
      address: { street1: '1 Example St', city: 'Springfield', state: 'IL', zip: '62701' },
      phones: { home: '2175550101' },
      guarantor: { kind: 'self' },
    },
    coverages: [
      {
        payerId: payer.id,
        order: 'primary',
        memberId: 'XTEST0001',
        relationship: 'self',
        effectiveDate: '2025-01-01',
      },
    ],
  })
  if (!created.created) throw new Error('the test patient looked like a duplicate')
  await p.call(s, 'fees.save', { code: '99213', chargeCents: 12500 })
  await p.call(s, 'fees.save', { code: '36415', chargeCents: 2000 })
  return {
    providerId: provider.id,
    locationId: location.id,
    payerId: payer.id,
    patientId: created.patientId,
  }
}
