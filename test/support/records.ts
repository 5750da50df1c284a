/**
 * Record builders for behaviour tests: one valid record of each kind, overridable field by
 * field. Every record is obviously fake: "Testpatient"-style names, "Example St" addresses,
 * phone lines 555-0100…0199 (reserved for fiction) and NPIs with a valid check digit over
 * invented bases.
 */
import type { CoverageInput } from '../../src/shared/schemas/coverage'
import type { LocationInput } from '../../src/shared/schemas/location'
import type { PatientInput } from '../../src/shared/schemas/patient'
import type { PayerInput } from '../../src/shared/schemas/payer'
import type { PracticeInput } from '../../src/shared/schemas/practice'
import type { ProviderInput } from '../../src/shared/schemas/provider'
import { npiWithCheckDigit } from '../../src/shared/validators/npi'

/** A fake but valid NPI: any 9 digits completed with the Luhn check digit NPPES uses. */
export function fakeNpi(base: number): string {
  return npiWithCheckDigit(String(base).padStart(9, '0'))
}

/** The same NPI with its last digit changed, so the check digit no longer matches. */
export function badCheckDigit(npi: string): string {
  return npi.slice(0, 9) + String((Number(npi[9]) + 1) % 10)
}

export function practiceProfile(overrides: Partial<PracticeInput> = {}): PracticeInput {
  return {
    legalName: 'Fake Family Practice LLC',
    billingNpi: fakeNpi(199_000_001),
    ein: '12-3456789',
    taxonomyCode: '207Q00000X',
    billingAddress: {
      street1: '100 Example St',
      city: 'Springfield',
      state: 'IL',
      zip: '62701-0100',
    },
    phone: '(217) 555-0100',
    ...overrides,
  }
}

export function provider(overrides: Partial<ProviderInput> = {}): ProviderInput {
  return {
    lastName: 'Testdoctor',
    firstName: 'Alice',
    credentials: 'MD',
    npi: fakeNpi(111_000_001),
    taxonomyCode: '207Q00000X',
    ...overrides,
  }
}

export function location(overrides: Partial<LocationInput> = {}): LocationInput {
  return {
    name: 'Fake Family Practice Main Office',
    address: { street1: '100 Example St', city: 'Springfield', state: 'IL', zip: '62701-0100' },
    defaultPlaceOfService: '11',
    ...overrides,
  }
}

export function payer(overrides: Partial<PayerInput> = {}): PayerInput {
  return {
    name: 'Example Health Plan (FAKE)',
    clearinghousePayerId: 'FAKE001',
    claimFilingIndicator: 'CI',
    acceptsElectronicClaims: true,
    ...overrides,
  }
}

export function patient(overrides: Partial<PatientInput> = {}): PatientInput {
  return {
    lastName: 'Testpatient',
    firstName: 'Alice',
    dob: '1962-03-14',
    sex: 'F',
    address: { street1: '12 Example St', city: 'Springfield', state: 'IL', zip: '62701' },
    phones: { home: '(217) 555-0142' },
    guarantor: { kind: 'self' },
    ...overrides,
  }
}

export function coverage(payerId: number, overrides: Partial<CoverageInput> = {}): CoverageInput {
  return {
    payerId,
    order: 'primary',
    memberId: 'FKM100200',
    relationship: 'self',
    effectiveDate: '2024-01-01',
    ...overrides,
  }
}

/** A parent who holds a child's coverage (837P 2010BA when the patient is not the subscriber). */
export const PARENT_SUBSCRIBER = {
  lastName: 'Testpatient',
  firstName: 'Bernard',
  dob: '1980-07-04',
  sex: 'M',
  address: { street1: '12 Example St', city: 'Springfield', state: 'IL', zip: '62701' },
} as const
