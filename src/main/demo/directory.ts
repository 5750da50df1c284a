import type { ClaimFilingIndicatorCode } from '../../shared/validators/claimFilingIndicator'
import type { LocationInput } from '../../shared/schemas/location'
import type { PayerInput } from '../../shared/schemas/payer'
import type { PracticeInput } from '../../shared/schemas/practice'
import type { ProviderInput } from '../../shared/schemas/provider'
import type { ReferringProviderInput } from '../../shared/schemas/referringProvider'
import { npiWithCheckDigit } from '../../shared/validators/npi'

/**
 * The demo practice's own records. Everything is fake: NPIs pass the check digit but are built
 * from a 19999xxxx base, the EIN is the textbook 12-3456789, payer IDs start with FAKE, and every
 * name says DEMO, FAKE or Example.
 */
export const DEMO_PRACTICE_NAME = 'Demo Family Medicine (FAKE)'

const npi = (n: number): string => npiWithCheckDigit(String(199_990_000 + n))

export const DEMO_PRACTICE: PracticeInput = {
  legalName: DEMO_PRACTICE_NAME,
  billingNpi: npi(1),
  ein: '12-3456789',
  taxonomyCode: '207Q00000X',
  billingAddress: {
    street1: '100 Example St',
    street2: 'Suite 200',
    city: 'Springfield',
    state: 'IL',
    zip: '62701-1234',
  },
  payToAddress: { street1: 'PO Box 1000', city: 'Springfield', state: 'IL', zip: '62705-1000' },
  phone: '(217) 555-0100',
}

export const DEMO_PROVIDERS: ProviderInput[] = [
  // NUCC taxonomy: 207Q00000X family medicine, 207R00000X internal medicine, 363LF0000X family NP.
  {
    lastName: 'Testdoctor',
    firstName: 'Alice',
    credentials: 'MD',
    npi: npi(11),
    taxonomyCode: '207Q00000X',
  },
  {
    lastName: 'Fakename',
    firstName: 'Bernard',
    middleName: 'J',
    credentials: 'DO',
    npi: npi(12),
    taxonomyCode: '207R00000X',
  },
  {
    lastName: 'Sampleton',
    firstName: 'Carol',
    credentials: 'NP',
    npi: npi(13),
    taxonomyCode: '363LF0000X',
  },
]

export const DEMO_LOCATIONS: LocationInput[] = [
  {
    name: 'Demo Family Medicine Main Office',
    address: {
      street1: '100 Example St',
      street2: 'Suite 200',
      city: 'Springfield',
      state: 'IL',
      zip: '62701-1234',
    },
    defaultPlaceOfService: '11',
  },
  {
    // A satellite office billed under its own facility NPI (837P 2310C NM109).
    name: 'Demo Family Medicine Westside',
    address: { street1: '2500 Example St', city: 'Springfield', state: 'IL', zip: '62704-5678' },
    npi: npi(21),
    defaultPlaceOfService: '11',
  },
]

export const DEMO_REFERRERS: ReferringProviderInput[] = [
  { lastName: 'Testreferrer', firstName: 'Dana', npi: npi(31) },
  { lastName: 'Mockley', firstName: 'Evan', middleName: 'R', npi: npi(32) },
]

const claimsAddress = (box: number) => ({
  street1: `PO Box ${box}`,
  city: 'Springfield',
  state: 'IL',
  zip: '62706',
})

function payer(
  name: string,
  id: number,
  claimFilingIndicator: ClaimFilingIndicatorCode,
  timelyFilingDays: number,
  extra: Partial<PayerInput> = {},
): PayerInput {
  return {
    name,
    clearinghousePayerId: `FAKE${String(id).padStart(3, '0')}`,
    claimFilingIndicator,
    claimsAddress: claimsAddress(9000 + id),
    timelyFilingDays,
    acceptsElectronicClaims: true,
    ...extra,
  }
}

/** One payer per kind of plan a family practice bills, keyed by claim filing indicator (SBR09). */
export const DEMO_PAYERS = {
  MB: payer('Example Medicare Part B (FAKE)', 1, 'MB', 365),
  MC: payer('Example State Medicaid (FAKE)', 2, 'MC', 180),
  BL: payer('Example Blue Cross Blue Shield (FAKE)', 3, 'BL', 180),
  CI: payer('Example Commercial Health (FAKE)', 4, 'CI', 90),
  HM: payer('Example HMO Plan (FAKE)', 5, 'HM', 90, { requiresPriorAuthorization: true }),
  '16': payer('Example Medicare Advantage (FAKE)', 6, '16', 365, {
    requiresPriorAuthorization: true,
  }),
  CH: payer('Example Tricare (FAKE)', 7, 'CH', 365),
  WC: payer("Example Workers' Comp (FAKE)", 8, 'WC', 365, { acceptsElectronicClaims: false }),
} satisfies Record<string, PayerInput>

export type DemoPayerKind = keyof typeof DEMO_PAYERS
export type DemoPayerIds = Record<DemoPayerKind, number>
