/** 005010X222A1 loop 2400 (service line) with 2410, 2420A–H, 2430 and 2440. */
import { amt, cas, dtp, n3, n4, other, PROCEDURE, ref } from './guideSegments'
import { comp, els, loop, q, seg, type LoopRule } from './rules'

const SV1_ELEMENTS = els(
  PROCEDURE,
  'R R 1 18',
  'R ID 2 2 =MJ,UN',
  'R R 1 15',
  'S AN 1 2 pos',
  'N',
  comp('R', 'R N0 1 2', 'S N0 1 2', 'S N0 1 2', 'S N0 1 2'),
  'N',
  'S ID 1 1 =Y',
  'N',
  'S ID 1 1 =Y',
  'S ID 1 1 =Y',
  'N',
  'N',
  'S ID 1 1 =0',
)

/** 2400 DTP qualifiers other than the service date, each at one position. */
const LINE_DATES: [string, string, number][] = [
  ['471', 'Prescription', 1],
  ['607', 'Certification Revision/Recertification', 1],
  ['463', 'Begin Therapy', 1],
  ['461', 'Last Certification', 1],
  ['304', 'Last Seen', 1],
  ['738', 'Most Recent Hemoglobin or Hematocrit', 2],
  ['739', 'Most Recent Serum Creatinine', 1],
  ['011', 'Shipped', 1],
  ['455', 'Last X-ray', 1],
  ['454', 'Initial Treatment', 1],
]

const LINE_REFERENCES: [string, string, number][] = [
  ['9B', 'Repriced Line Item Reference Number', 1],
  ['9D', 'Adjusted Repriced Line Item Reference Number', 1],
  ['G1', 'Prior Authorization', 5],
  ['6R', 'Line Item Control Number', 1],
  ['EW', 'Mammography Certification Number', 1],
  ['X4', 'CLIA Number', 1],
  ['F4', 'Referring CLIA Number', 1],
  ['BT', 'Immunization Batch Number', 1],
  ['9F', 'Referral Number', 5],
]

function lineProvider(id: string, name: string, entity: string[], withAddress = false): LoopRule {
  return loop(id, name, 'S', entity.includes('DN') ? 2 : 1, [
    other('NM1', name, 1, 5000, q(1, ...entity)),
    ...(id === '2420A' ? [other('PRV', 'Rendering Provider Specialty Information', 1, 5050)] : []),
    ...(withAddress
      ? [n3(id === '2420C' ? 'R' : 'S', 5140), n4(id === '2420C' ? 'R' : 'S', 5200)]
      : []),
    other('REF', `${name} Secondary Identification`, 20, 5250),
    ...(id === '2420E' ? [other('PER', 'Ordering Provider Contact Information', 1, 5300)] : []),
  ])
}

/** A fresh 2400 map. */
export function lineLoop(): LoopRule {
  return loop('2400', 'Service Line Number', 'R', 50, [
    seg('LX', 'Service Line Number', 'R', 1, 3650, { elements: els('R N0 1 6') }),
    seg('SV1', 'Professional Service', 'R', 1, 3700, { elements: SV1_ELEMENTS }),
    other('SV5', 'Durable Medical Equipment Service', 1, 4000),
    other('PWK', 'Line Supplemental Information', 10, 4200),
    other('CR1', 'Ambulance Transport Information', 1, 4250),
    other('CR3', 'Durable Medical Equipment Certification', 1, 4350),
    other('CRC', 'Condition Indicator', 5, 4500),
    dtp('Date - Service Date', 'R', 1, 4550, ['472'], 'D8,RD8'),
    ...LINE_DATES.map(([code, name, max]) => dtp(`Date - ${name}`, 'S', max, 4550, [code])),
    other('QTY', 'Quantity', 2, 4600),
    other('MEA', 'Test Result', 5, 4620),
    other('CN1', 'Contract Information', 1, 4650),
    ...LINE_REFERENCES.map(([code, name, max]) => ref(name, 'S', max, 4700, [code])),
    amt('Sales Tax Amount', 'S', 4750, 'T'),
    amt('Postage Claimed Amount', 'S', 4750, 'F4'),
    other('K3', 'File Information', 10, 4800),
    other('NTE', 'Line Note', 1, 4850, q(1, 'ADD', 'DCP')),
    other('NTE', 'Third Party Organization Notes', 1, 4850, q(1, 'TPO')),
    other('PS1', 'Purchased Service Information', 1, 4880),
    other('HCP', 'Line Pricing/Repricing Information', 1, 4920),
    loop('2410', 'Drug Identification', 'S', 1, [
      seg('LIN', 'Drug Identification', 'R', 1, 4940, {
        elements: els('S AN 1 20', 'R ID 2 2 =EN,EO,HI,N4,ON,UK,UP', 'R AN 1 48'),
      }),
      seg('CTP', 'Drug Quantity', 'R', 1, 4950, {
        elements: els('N', 'N', 'N', 'R R 1 15', comp('R', 'R ID 2 2 =F2,GR,ME,ML,UN')),
      }),
      ref('Prescription or Compound Drug Association Number', 'S', 1, 4960, ['VY', 'XZ']),
    ]),
    lineProvider('2420A', 'Rendering Provider Name', ['82']),
    lineProvider('2420B', 'Purchased Service Provider Name', ['QB']),
    lineProvider('2420C', 'Service Facility Location Name', ['77'], true),
    lineProvider('2420D', 'Supervising Provider Name', ['DQ']),
    lineProvider('2420E', 'Ordering Provider Name', ['DK'], true),
    lineProvider('2420F', 'Referring Provider Name', ['DN', 'P3']),
    lineProvider('2420G', 'Ambulance Pick-up Location', ['PW'], true),
    lineProvider('2420H', 'Ambulance Drop-off Location', ['45'], true),
    loop('2430', 'Line Adjudication Information', 'S', 15, [
      seg('SVD', 'Line Adjudication Information', 'R', 1, 5400, {
        elements: els('R AN 2 80', 'R R 1 18', PROCEDURE, 'N', 'R R 1 15', 'S N0 1 6'),
      }),
      cas('Line Adjustment', 5450),
      dtp('Line Check or Remittance Date', 'R', 1, 5500, ['573']),
      amt('Remaining Patient Liability', 'S', 5505, 'EAF'),
    ]),
    loop('2440', 'Form Identification Code', 'S', 1e9, [
      other('LQ', 'Form Identification Code', 1, 5510),
      seg('FRM', 'Supporting Documentation', 'R', 99, 5520),
    ]),
  ])
}
