/**
 * The 005010X222A1 (837P) loop map, from the implementation guide's tables: each loop's
 * segments with usage, repeat and position, and element rules where this validator checks them.
 * The transaction body is BHT through the segment before SE (ST/SE are the envelope's).
 */
import { claimLoop } from './guide837Claim'
import { dmg, n3, n4, nm1, nm1Segment, other, ref, sbr } from './guideSegments'
import { els, loop, q, seg, type LoopRule } from './rules'

const submitter = loop('1000A', 'Submitter Name', 'R', 1, [
  nm1Segment(
    'Submitter Name',
    200,
    ['41'],
    nm1(['41'], '1,2', { person: true, idQualifiers: '46' }),
  ),
  seg('PER', 'Submitter EDI Contact Information', 'R', 2, 450, {
    elements: els(
      'R ID 2 2 =IC',
      'S AN 1 60',
      'R ID 2 2 =EM,FX,TE',
      'R AN 1 256',
      'S ID 2 2 =EM,EX,FX,TE',
      'S AN 1 256',
      'S ID 2 2 =EM,EX,FX,TE',
      'S AN 1 256',
    ),
    pairs: [
      [3, 4],
      [5, 6],
      [7, 8],
    ],
  }),
])

const receiver = loop('1000B', 'Receiver Name', 'R', 1, [
  nm1Segment('Receiver Name', 200, ['40'], nm1(['40'], '2', { person: false, idQualifiers: '46' })),
])

const billingProviderName = loop('2010AA', 'Billing Provider Name', 'R', 1, [
  nm1Segment(
    'Billing Provider Name',
    150,
    ['85'],
    nm1(['85'], '1,2', { person: true, idQualifiers: 'XX', npi: true }),
  ),
  // 2010AA N3/N4: a street address (no PO box) with the 9-digit ZIP code.
  n3('R', 250, true),
  n4('R', 300, true),
  ref('Billing Provider Tax Identification', 'R', 1, 350, ['EI', 'SY'], 'ein'),
  ref('Billing Provider UPIN/License Information', 'S', 2, 350, ['0B', '1G']),
  other('PER', 'Billing Provider Contact Information', 2, 400, q(1, 'IC')),
])

const payToAddress = loop('2010AB', 'Pay-to Address Name', 'S', 1, [
  seg('NM1', 'Pay-to Address Name', 'R', 1, 150, {
    qualifier: q(1, '87'),
    elements: els('R ID 2 3 =87', 'R ID 1 1 =1,2'),
  }),
  n3('R', 250),
  n4('R', 300),
])

const payToPlan = loop('2010AC', 'Pay-to Plan Name', 'S', 1, [
  other('NM1', 'Pay-to Plan Name', 1, 150, q(1, 'PE')),
  n3('R', 250),
  n4('R', 300),
  other('REF', 'Pay-to Plan Secondary Identification', 1, 350, q(1, '2U', 'FY', 'NF')),
  ref('Pay-to Plan Tax Identification Number', 'R', 1, 350, ['EI'], 'ein'),
])

const subscriberName = loop('2010BA', 'Subscriber Name', 'R', 1, [
  nm1Segment(
    'Subscriber Name',
    150,
    ['IL'],
    nm1(['IL'], '1,2', { person: true, idQualifiers: 'II,MI' }),
  ),
  // N3/N4/DMG: required when the subscriber is the patient (checked with the hierarchy).
  n3('S', 250),
  n4('S', 300),
  dmg('S', 320),
  other('REF', 'Subscriber Secondary Identification', 1, 350, q(1, 'SY')),
  other('REF', 'Property and Casualty Claim Number', 1, 350, q(1, 'Y4')),
  other('PER', 'Property and Casualty Subscriber Contact Information', 1, 400, q(1, 'IC')),
])

const payerName = loop('2010BB', 'Payer Name', 'R', 1, [
  nm1Segment('Payer Name', 150, ['PR'], nm1(['PR'], '2', { person: false, idQualifiers: 'PI,XV' })),
  n3('S', 250),
  n4('S', 300),
  other('REF', 'Payer Secondary Identification', 3, 350, q(1, '2U', 'EI', 'FY', 'NF')),
  other('REF', 'Billing Provider Secondary Identification', 2, 350, q(1, 'G2', 'LU')),
])

const patientName = loop('2010CA', 'Patient Name', 'R', 1, [
  nm1Segment('Patient Name', 150, ['QC'], nm1(['QC'], '1', { person: true })),
  n3('R', 250),
  n4('R', 300),
  dmg('R', 320),
  other('REF', 'Property and Casualty Claim Number', 1, 350, q(1, 'Y4')),
  other('REF', 'Property and Casualty Patient Identifier', 1, 350, q(1, '1W', 'SY')),
  other('PER', 'Property and Casualty Patient Contact Information', 1, 400, q(1, 'IC')),
])

const PAT_ELEMENTS = els(
  'S ID 2 2 =01,19,20,21,39,40,53,G8',
  'N',
  'N',
  'N',
  'S ID 2 3 =D8',
  'S AN 1 35 date',
  'S ID 2 2 =01',
  'S R 1 10',
  'S ID 1 1 =Y',
)

const patientLevel = loop(
  '2000C',
  'Patient Hierarchical Level',
  'S',
  1e9,
  [
    seg('HL', 'Patient Hierarchical Level', 'R', 1, 10, {
      qualifier: q(3, '23'),
      elements: els('R AN 1 12', 'R AN 1 12', 'R ID 1 2 =23', 'R ID 1 1 =0'),
    }),
    seg('PAT', 'Patient Information', 'R', 1, 70, {
      elements: [{ ...PAT_ELEMENTS[0]!, usage: 'R' }, ...PAT_ELEMENTS.slice(1)],
    }),
    patientName,
    claimLoop(),
  ],
  1400,
)

const subscriberLevel = loop(
  '2000B',
  'Subscriber Hierarchical Level',
  'R',
  1e9,
  [
    seg('HL', 'Subscriber Hierarchical Level', 'R', 1, 10, {
      qualifier: q(3, '22'),
      elements: els('R AN 1 12', 'R AN 1 12', 'R ID 1 2 =22', 'R ID 1 1 =0,1'),
    }),
    sbr('Subscriber Information', 50, false),
    seg('PAT', 'Patient Information', 'S', 1, 70, { elements: PAT_ELEMENTS }),
    subscriberName,
    payerName,
    claimLoop(),
    patientLevel,
  ],
  200,
)

const billingProviderLevel = loop(
  '2000A',
  'Billing Provider Hierarchical Level',
  'R',
  1e9,
  [
    seg('HL', 'Billing Provider Hierarchical Level', 'R', 1, 10, {
      qualifier: q(3, '20'),
      elements: els('R AN 1 12', 'N', 'R ID 1 2 =20', 'R ID 1 1 =1'),
    }),
    seg('PRV', 'Billing Provider Specialty Information', 'S', 1, 30, {
      qualifier: q(1, 'BI'),
      elements: els('R ID 1 3 =BI', 'R ID 2 3 =PXC', 'R AN 1 50 taxonomy'),
    }),
    other('CUR', 'Foreign Currency Information', 1, 100),
    billingProviderName,
    payToAddress,
    payToPlan,
    subscriberLevel,
  ],
  300,
)

/** The transaction body between ST and SE. */
export const TRANSACTION_837P: LoopRule = loop('837P', 'Health Care Claim: Professional', 'R', 1, [
  seg('BHT', 'Beginning of Hierarchical Transaction', 'R', 1, 100, {
    elements: els(
      'R ID 4 4 =0019',
      'R ID 2 2 =00,18',
      'R AN 1 50',
      'R DT 8 8',
      'R TM 4 8',
      'R ID 2 2 =31,CH,RP',
    ),
  }),
  submitter,
  receiver,
  billingProviderLevel,
])
