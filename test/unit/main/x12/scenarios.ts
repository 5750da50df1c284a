/** The claims behind the golden files in test/fixtures/x12 (all people made up). */
import type { Claim837 } from '../../../../src/main/x12/claim837'
import { cents } from '../../../../src/shared/money'
import {
  CHILD,
  claim,
  FACILITY_NPI,
  line,
  REFERRING_NPI,
  RENDERING_NPI,
  subscriber,
} from './sampleClaims'

/**
 * office-visits.837p.x12: a visit with a referral, a different rendering provider, a service
 * facility and an injection with its NDC; a child's corrected claim; a void.
 */
export function officeVisits(): Claim837[] {
  const visit = claim({
    lines: [
      line({
        procedureCode: '99214',
        modifiers: ['25'],
        chargeCents: cents(18000),
        diagnosisPointers: [1, 2],
        lineItemControlNumber: 'CD1001-1',
      }),
      line({
        procedureCode: 'J3420',
        chargeCents: cents(4550),
        diagnosisPointers: [3],
        drug: { ndc: '00409-1234-01', quantity: 1, unit: 'ML' },
        lineItemControlNumber: 'CD1001-2',
      }),
      line({
        procedureCode: '96372',
        chargeCents: cents(5),
        diagnosisPointers: [3, 1],
        lineItemControlNumber: 'CD1001-3',
      }),
    ],
    claim: {
      patientControlNumber: 'CD1001',
      diagnoses: ['E11.9', 'I10', 'D51.0'],
      dates: { onset: '2025-02-20' },
      referringProvider: {
        name: { last: 'Okafor', first: 'Chidi', middle: 'N' },
        npi: REFERRING_NPI,
      },
      renderingProvider: {
        name: { last: 'Nguyen', first: 'Thao', suffix: 'Jr' },
        npi: RENDERING_NPI,
        taxonomy: '207R00000X',
      },
      serviceFacility: {
        name: 'Maple Family Medicine East',
        address: { line1: '400 Elm St', city: 'Springfield', state: 'IL', zip: '627025555' },
        npi: FACILITY_NPI,
      },
    },
  })
  const corrected = claim({
    subscriber: subscriber({
      relationship: 'child',
      groupNumber: undefined,
      planName: 'Acme Gold PPO',
      claimFilingIndicator: '12',
    }),
    patient: CHILD,
    lines: [line({ procedureCode: '99392', chargeCents: cents(21000), serviceDate: '2025-03-03' })],
    claim: {
      patientControlNumber: 'CD1002',
      frequency: '7',
      payerClaimControlNumber: '2025061000123',
      priorAuthorization: 'PA55501',
      diagnoses: ['Z00.129'],
    },
  })
  const voided = claim({
    lines: [line({ chargeCents: cents(12500), serviceDate: '2025-02-27' })],
    claim: {
      patientControlNumber: 'CD0990',
      frequency: '8',
      payerClaimControlNumber: '2025058000777',
    },
  })
  return [visit, corrected, voided]
}

/**
 * secondary-claim.837p.x12: the visit sent on to the secondary payer after the primary paid,
 * with the primary's claim-level (2320) and line-level (2430) adjudication.
 */
export function secondaryClaim(): Claim837[] {
  return [
    claim({
      subscriber: subscriber({
        responsibility: 'S',
        memberId: 'SEC998877',
        groupNumber: 'MEDIGAP1',
        claimFilingIndicator: 'CI',
      }),
      payer: { name: 'Second Mutual Insurance', payerId: 'SMI01' },
      lines: [
        line({
          procedureCode: '99213',
          chargeCents: cents(15000),
          lineItemControlNumber: 'CD2001-1',
        }),
        line({
          procedureCode: '81002',
          chargeCents: cents(2000),
          lineItemControlNumber: 'CD2001-2',
        }),
      ],
      claim: { patientControlNumber: 'CD2001', diagnoses: ['R30.0'] },
      otherSubscribers: [
        {
          responsibility: 'P',
          relationship: 'self',
          groupNumber: 'GRP5000',
          claimFilingIndicator: 'CI',
          paidCents: cents(9200),
          remainingPatientLiabilityCents: cents(2300),
          benefitsAssigned: true,
          releaseOfInformation: 'Y',
          adjustments: [{ group: 'CO', reason: '45', amountCents: cents(500) }],
          subscriber: {
            name: { last: 'Rivera', first: 'Ana', middle: 'M' },
            memberId: 'XYZ123456789',
          },
          payer: { name: 'Acme Health Plan', payerId: '87726' },
        },
      ],
    }),
  ].map((c) => ({
    ...c,
    lines: c.lines.map((l, i) => ({
      ...l,
      adjudications: [
        i === 0
          ? {
              otherPayerId: '87726',
              paidCents: cents(8000),
              paidUnits: 1,
              adjudicatedOn: '2025-03-28',
              adjustments: [
                { group: 'CO' as const, reason: '45', amountCents: cents(4000) },
                { group: 'PR' as const, reason: '2', amountCents: cents(3000) },
              ],
              remainingPatientLiabilityCents: cents(3000),
            }
          : {
              otherPayerId: '87726',
              paidCents: cents(1700),
              paidUnits: 1,
              adjudicatedOn: '2025-03-28',
              adjustments: [{ group: 'CO' as const, reason: '45', amountCents: cents(300) }],
            },
      ],
    })),
  }))
}
