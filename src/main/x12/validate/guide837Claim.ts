/** 005010X222A1 loop 2300 (claim) with 2310A–F, 2320/2330A–G, from the guide's tables. */
import { lineLoop } from './guide837Line'
import { amt, cas, dtp, n3, n4, nm1, nm1Segment, other, ref, sbr } from './guideSegments'
import { comp, els, loop, q, seg, type ElementRule, type LoopRule } from './rules'

const CLM_ELEMENTS: ElementRule[] = els(
  'R AN 1 38',
  'R R 1 18',
  'N',
  'N',
  comp('R', 'R AN 1 2 pos', 'R ID 1 2 =B', 'R ID 1 1 =1,7,8'),
  'R ID 1 1 =N,Y',
  'R ID 1 1 =A,B,C',
  'R ID 1 1 =N,W,Y',
  'R ID 1 1 =I,Y',
  'S ID 1 1 =P',
  comp('S', 'R ID 2 3 =AA,EM,OA', 'S ID 2 3 =AA,EM,OA', 'N', 'S ID 2 2', 'S ID 2 3'),
  'S ID 2 3 =02,03,05,09',
  'N',
  'N',
  'N',
  'N',
  'N',
  'N',
  'N',
  'S ID 1 2 =1,2,3,4,5,6,7,8,9,10,11,15',
)

/** HI01 is the principal diagnosis (ABK), HI02–HI12 the others (ABF); ICD-9 BK/BF for old dates. */
const HI_DIAGNOSIS: ElementRule[] = [
  comp('R', 'R ID 1 3 =ABK,BK', 'R AN 1 30 icd10'),
  ...Array.from({ length: 11 }, () => comp('S', 'R ID 1 3 =ABF,BF', 'R AN 1 30 icd10')),
]

/** 2300 DTP qualifiers and their repeats (all at one position, so in any order). */
const CLAIM_DATES: [string, string, number][] = [
  ['431', 'Onset of Current Illness or Symptom', 1],
  ['454', 'Initial Treatment', 1],
  ['304', 'Last Seen', 1],
  ['453', 'Acute Manifestation', 1],
  ['439', 'Accident', 1],
  ['484', 'Last Menstrual Period', 1],
  ['455', 'Last X-ray', 1],
  ['471', 'Hearing and Vision Prescription', 1],
  ['314', 'Disability Dates', 1],
  ['360', 'Initial Disability Period Start', 1],
  ['361', 'Initial Disability Period End', 1],
  ['297', 'Last Worked', 1],
  ['296', 'Authorized Return to Work', 1],
  ['435', 'Admission', 1],
  ['096', 'Discharge', 1],
  ['090', 'Assumed Care', 1],
  ['091', 'Relinquished Care', 1],
  ['444', 'Property and Casualty First Contact', 1],
  ['050', 'Repricer Received', 1],
]

/** 2300 REF qualifiers, each at most once (CLIA X4 once in 5010). */
const CLAIM_REFERENCES: [string, string][] = [
  ['4N', 'Service Authorization Exception Code'],
  ['F5', 'Mandatory Medicare Crossover Indicator'],
  ['EW', 'Mammography Certification Number'],
  ['9F', 'Referral Number'],
  ['G1', 'Prior Authorization'],
  ['F8', 'Payer Claim Control Number'],
  ['X4', 'CLIA Number'],
  ['9A', 'Repriced Claim Number'],
  ['9C', 'Adjusted Repriced Claim Number'],
  ['LX', 'Investigational Device Exemption Number'],
  ['D9', 'Claim Identifier for Transmission Intermediaries'],
  ['EA', 'Medical Record Number'],
  ['P4', 'Demonstration Project Identifier'],
  ['1J', 'Care Plan Oversight'],
]

function personLoop(
  id: string,
  name: string,
  entity: string[],
  entityType: string,
  extra: Parameters<typeof loop>[4] = [],
  repeat = 1,
): LoopRule {
  return loop(id, name, 'S', repeat, [
    nm1Segment(
      name,
      2500,
      entity,
      nm1(entity, entityType, {
        person: entityType !== '2',
        idQualifiers: 'XX',
        idUsage: 'S',
        npi: true,
      }),
    ),
    ...extra,
  ])
}

function otherPayerProvider(id: string, name: string, entity: string[]): LoopRule {
  return loop(id, name, 'S', entity.includes('DN') ? 2 : 1, [
    other('NM1', name, 1, 3250, q(1, ...entity)),
    other('REF', `${name} Secondary Identification`, 3, 3550, q(1, '0B', '1G', 'G2', 'LU')),
  ])
}

function otherSubscriberLoop(): LoopRule {
  return loop('2320', 'Other Subscriber Information', 'S', 10, [
    sbr('Other Subscriber Information', 2900, true),
    cas('Claim Level Adjustments', 2950),
    amt('COB Payer Paid Amount', 'S', 3000, 'D'),
    amt('COB Total Non-Covered Amount', 'S', 3000, 'A8'),
    amt('Remaining Patient Liability', 'S', 3000, 'EAF'),
    seg('OI', 'Other Insurance Coverage Information', 'R', 1, 3100, {
      elements: els('N', 'N', 'R ID 1 1 =N,W,Y', 'S ID 1 1 =P', 'N', 'R ID 1 1 =I,Y'),
    }),
    other('MOA', 'Outpatient Adjudication Information', 1, 3200),
    loop('2330A', 'Other Subscriber Name', 'R', 1, [
      nm1Segment(
        'Other Subscriber Name',
        3250,
        ['IL'],
        nm1(['IL'], '1,2', { person: true, idQualifiers: 'II,MI' }),
      ),
      n3('S', 3320),
      n4('S', 3400),
      other('REF', 'Other Subscriber Secondary Identification', 1, 3550, q(1, 'SY')),
    ]),
    loop('2330B', 'Other Payer Name', 'R', 1, [
      nm1Segment(
        'Other Payer Name',
        3250,
        ['PR'],
        nm1(['PR'], '2', { person: false, idQualifiers: 'PI,XV' }),
      ),
      n3('S', 3320),
      n4('S', 3400),
      dtp('Claim Check or Remittance Date', 'S', 1, 3450, ['573']),
      other('REF', 'Other Payer Secondary Identifier', 2, 3550, q(1, '2U', 'EI', 'FY', 'NF')),
      ref('Other Payer Prior Authorization Number', 'S', 1, 3550, ['G1']),
      ref('Other Payer Referral Number', 'S', 1, 3550, ['9F']),
      ref('Other Payer Claim Adjustment Indicator', 'S', 1, 3550, ['T4']),
      ref('Other Payer Claim Control Number', 'S', 1, 3550, ['F8']),
    ]),
    otherPayerProvider('2330C', 'Other Payer Referring Provider', ['DN', 'P3']),
    otherPayerProvider('2330D', 'Other Payer Rendering Provider', ['82']),
    otherPayerProvider('2330E', 'Other Payer Service Facility Location', ['77']),
    otherPayerProvider('2330F', 'Other Payer Supervising Provider', ['DQ']),
    otherPayerProvider('2330G', 'Other Payer Billing Provider', ['85']),
  ])
}

/** A fresh 2300 map (2000B and 2000C each hold one). */
export function claimLoop(): LoopRule {
  return loop('2300', 'Claim Information', 'S', 100, [
    seg('CLM', 'Claim Information', 'R', 1, 1300, { elements: CLM_ELEMENTS }),
    ...CLAIM_DATES.map(([code, name, max]) => dtp(`Date - ${name}`, 'S', max, 1350, [code])),
    other('PWK', 'Claim Supplemental Information', 10, 1550),
    other('CN1', 'Contract Information', 1, 1600),
    amt('Patient Amount Paid', 'S', 1750, 'F5'),
    ...CLAIM_REFERENCES.map(([code, name]) => ref(name, 'S', 1, 1800, [code])),
    other('K3', 'File Information', 10, 1850),
    other('NTE', 'Claim Note', 1, 1900),
    other('CR1', 'Ambulance Transport Information', 1, 1950),
    other('CR2', 'Spinal Manipulation Service Information', 1, 2000),
    other('CRC', 'Ambulance Certification', 3, 2200, q(1, '07')),
    other('CRC', 'Patient Condition Information: Vision', 3, 2200, q(1, 'E1', 'E2', 'E3')),
    other('CRC', 'Homebound Indicator', 1, 2200, q(1, '75')),
    other('CRC', 'EPSDT Referral', 1, 2200, q(1, 'ZZ')),
    seg('HI', 'Health Care Diagnosis Code', 'R', 1, 2310, {
      qualifier: { element: 1, component: 1, values: ['ABK', 'BK'] },
      elements: HI_DIAGNOSIS,
    }),
    seg('HI', 'Anesthesia Related Procedure', 'S', 1, 2310, {
      qualifier: { element: 1, component: 1, values: ['BP', 'BBP'] },
    }),
    seg('HI', 'Condition Information', 'S', 2, 2310, {
      qualifier: { element: 1, component: 1, values: ['BG'] },
    }),
    other('HCP', 'Claim Pricing/Repricing Information', 1, 2410),
    personLoop(
      '2310A',
      'Referring Provider Name',
      ['DN', 'P3'],
      '1',
      [ref('Referring Provider Secondary Identification', 'S', 3, 2710, ['0B', '1G', 'G2'])],
      2,
    ),
    personLoop('2310B', 'Rendering Provider Name', ['82'], '1,2', [
      seg('PRV', 'Rendering Provider Specialty Information', 'S', 1, 2550, {
        qualifier: q(1, 'PE'),
        elements: els('R ID 1 3 =PE', 'R ID 2 3 =PXC', 'R AN 1 50 taxonomy'),
      }),
      ref('Rendering Provider Secondary Identification', 'S', 4, 2710, ['0B', '1G', 'G2', 'LU']),
    ]),
    personLoop('2310C', 'Service Facility Location Name', ['77'], '2', [
      // 2310C N3/N4: where the service was given: a street address with the 9-digit ZIP.
      n3('R', 2650, true),
      n4('R', 2700, true),
      ref('Service Facility Location Secondary Identification', 'S', 3, 2710, ['0B', 'G2', 'LU']),
      other('PER', 'Service Facility Contact Information', 1, 2750, q(1, 'IC')),
    ]),
    personLoop('2310D', 'Supervising Provider Name', ['DQ'], '1', [
      ref('Supervising Provider Secondary Identification', 'S', 4, 2710, ['0B', '1G', 'G2', 'LU']),
    ]),
    loop('2310E', 'Ambulance Pick-up Location', 'S', 1, [
      other('NM1', 'Ambulance Pick-up Location', 1, 2500, q(1, 'PW')),
      n3('R', 2650),
      n4('R', 2700),
    ]),
    loop('2310F', 'Ambulance Drop-off Location', 'S', 1, [
      other('NM1', 'Ambulance Drop-off Location', 1, 2500, q(1, '45')),
      n3('R', 2650),
      n4('R', 2700),
    ]),
    otherSubscriberLoop(),
    lineLoop(),
  ])
}
