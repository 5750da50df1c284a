/** Made-up practices, people and claims for the 837P tests. No real person's data. */
import type {
  BillingProvider,
  Claim837,
  Patient837,
  ServiceLine837,
  Submission,
  Subscriber837,
} from '../../../../src/main/x12/claim837'
import { cents } from '../../../../src/shared/money'
import { npiWithCheckDigit } from '../../../../src/shared/validators/npi'

export const BILLING_NPI = npiWithCheckDigit('123456789')
export const RENDERING_NPI = npiWithCheckDigit('198765432')
export const REFERRING_NPI = npiWithCheckDigit('156789012')
export const FACILITY_NPI = npiWithCheckDigit('134567890')

export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    senderQualifier: 'ZZ',
    senderId: 'CLAIMDESK01',
    receiverQualifier: 'ZZ',
    receiverId: 'CLEARHOUSE',
    usage: 'T',
    interchangeControlNumber: 101,
    groupControlNumber: 201,
    transactionControlNumber: 1,
    created: '2025-03-14T09:30',
    submitter: {
      name: 'Maple Family Medicine',
      id: 'SUB12345',
      contactName: 'Dana Biller',
      phone: '555-201-3300',
    },
    receiver: { name: 'Example Clearinghouse', id: 'CH99999' },
    ...overrides,
  }
}

export function billing(overrides: Partial<BillingProvider> = {}): BillingProvider {
  return {
    name: 'Maple Family Medicine PC',
    npi: BILLING_NPI,
    taxonomy: '207Q00000X',
    ein: '12-3456789',
    address: {
      line1: '100 Maple Ave',
      line2: 'Suite 2',
      city: 'Springfield',
      state: 'IL',
      zip: '62701-1234',
    },
    ...overrides,
  }
}

export function subscriber(overrides: Partial<Subscriber837> = {}): Subscriber837 {
  return {
    responsibility: 'P',
    relationship: 'self',
    groupNumber: 'GRP5000',
    claimFilingIndicator: 'CI',
    memberId: 'XYZ123456789',
    name: { last: 'Rivera', first: 'Ana', middle: 'M' },
    dob: '1980-05-17',
    sex: 'F',
    address: { line1: '12 Oak St', city: 'Springfield', state: 'IL', zip: '62704' },
    ...overrides,
  }
}

export const CHILD: Patient837 = {
  name: { last: 'Rivera', first: 'Leo' },
  dob: '2015-09-02',
  sex: 'M',
  address: { line1: '12 Oak St', city: 'Springfield', state: 'IL', zip: '62704' },
}

export function line(overrides: Partial<ServiceLine837> = {}): ServiceLine837 {
  return {
    procedureCode: '99213',
    chargeCents: cents(12500),
    units: 1,
    diagnosisPointers: [1],
    serviceDate: '2025-03-10',
    ...overrides,
  }
}

/** An office visit billed to the patient's own commercial plan, one line unless given more. */
export function claim(
  overrides: Partial<Omit<Claim837, 'claim'>> & { claim?: Partial<Claim837['claim']> } = {},
): Claim837 {
  const lines = overrides.lines ?? [line()]
  const total = lines.reduce((sum, l) => sum + l.chargeCents, 0)
  const { claim: claimOverrides, ...rest } = overrides
  return {
    subscriber: subscriber(),
    payer: { name: 'Acme Health Plan', payerId: '87726' },
    lines,
    ...rest,
    claim: {
      patientControlNumber: 'CD1000',
      totalChargeCents: cents(total),
      placeOfService: '11',
      frequency: '1',
      providerSignatureOnFile: true,
      assignment: 'A',
      benefitsAssigned: true,
      releaseOfInformation: 'Y',
      diagnoses: ['J06.9'],
      ...claimOverrides,
    },
  }
}
