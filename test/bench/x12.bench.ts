import type { BillingProvider, Claim837, Submission } from '../../src/main/x12/claim837'
import { write837 } from '../../src/main/x12/write837'
import { cents } from '../../src/shared/money'
import { npiWithCheckDigit } from '../../src/shared/validators/npi'

const CLAIMS = 10_000

export const benchSubmission: Submission = {
  senderQualifier: 'ZZ',
  senderId: 'CLAIMDESK01',
  receiverQualifier: 'ZZ',
  receiverId: 'CLEARHOUSE',
  usage: 'T',
  interchangeControlNumber: 1,
  groupControlNumber: 1,
  transactionControlNumber: 1,
  created: '2025-03-14T09:30',
  submitter: { name: 'Bench Practice', id: 'SUB1', contactName: 'Biller', phone: '5552013300' },
  receiver: { name: 'Bench Clearinghouse', id: 'CH1' },
}

export const benchBilling: BillingProvider = {
  name: 'Bench Practice PC',
  npi: npiWithCheckDigit('123456789'),
  taxonomy: '207Q00000X',
  ein: '123456789',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '627011234' },
}

/** 10,000 claims of 3 lines, ten claims per subscriber, a third of them for a dependent. */
export function benchClaims(): Claim837[] {
  const out: Claim837[] = []
  for (let i = 0; i < CLAIMS; i++) {
    const family = Math.floor(i / 10)
    const dependent = family % 3 === 0
    out.push({
      subscriber: {
        responsibility: 'P',
        relationship: dependent ? 'child' : 'self',
        groupNumber: 'GRP1',
        claimFilingIndicator: 'CI',
        memberId: `MEM${family}`,
        name: { last: `Last${family}`, first: 'First' },
        dob: '1980-01-01',
        sex: 'F',
        address: { line1: '1 Oak St', city: 'Springfield', state: 'IL', zip: '62704' },
      },
      patient: dependent
        ? {
            name: { last: `Last${family}`, first: 'Kid' },
            dob: '2015-01-01',
            sex: 'M',
            address: { line1: '1 Oak St', city: 'Springfield', state: 'IL', zip: '62704' },
          }
        : undefined,
      payer: { name: 'Acme Health', payerId: '87726' },
      claim: {
        patientControlNumber: `CD${i}`,
        totalChargeCents: cents(12500 + 4550 + 2500),
        placeOfService: '11',
        frequency: '1',
        providerSignatureOnFile: true,
        assignment: 'A',
        benefitsAssigned: true,
        releaseOfInformation: 'Y',
        diagnoses: ['E11.9', 'I10'],
      },
      lines: [
        {
          procedureCode: '99213',
          chargeCents: cents(12500),
          units: 1,
          diagnosisPointers: [1, 2],
          serviceDate: '2025-03-10',
          lineItemControlNumber: `CD${i}-1`,
        },
        {
          procedureCode: '82947',
          chargeCents: cents(4550),
          units: 1,
          diagnosisPointers: [1],
          serviceDate: '2025-03-10',
          lineItemControlNumber: `CD${i}-2`,
        },
        {
          procedureCode: '36415',
          chargeCents: cents(2500),
          units: 1,
          diagnosisPointers: [1],
          serviceDate: '2025-03-10',
          lineItemControlNumber: `CD${i}-3`,
        },
      ],
    })
  }
  return out
}

/** How fast the 837P writer turns claims into a file (10,000 claims of 3 lines per run). */
export async function run(report: (name: string, value: number, unit: string) => void) {
  const input = benchClaims()
  for (let i = 0; i < 2; i++) write837(benchSubmission, benchBilling, input)
  const seconds: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint()
    write837(benchSubmission, benchBilling, input)
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
  const median = seconds.sort((a, b) => a - b)[2]!
  report('x12.write837_claims_per_s', Math.round(CLAIMS / median), 'claims/s')
}
