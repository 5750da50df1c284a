/**
 * Segment rules that recur across 005010X222A1 loops (NM1, N3/N4, REF, DTP, CAS, AMT, SBR),
 * as the guide's element tables give them.
 */
import { CLAIM_FILING_INDICATOR_CODES } from '../../../shared/validators/claimFilingIndicator'
import { comp, el, els, q, seg, type ElementRule, type SegmentRule } from './rules'

/** NM1 of a person or organization with NM108/NM109 (usage of each given by the loop). */
export function nm1(
  entity: readonly string[],
  entityType: string,
  options: { person: boolean; idQualifiers?: string; idUsage?: 'R' | 'S'; npi?: boolean },
): ElementRule[] {
  const person = options.person
  const rules = els(
    `R ID 2 3 =${entity.join(',')}`,
    `R ID 1 1 =${entityType}`,
    'R AN 1 60',
    person ? 'S AN 1 35' : 'N',
    person ? 'S AN 1 25' : 'N',
    'N',
    person ? 'S AN 1 10' : 'N',
  )
  if (options.idQualifiers) {
    const usage = options.idUsage ?? 'R'
    rules.push(el(`${usage} ID 1 2 =${options.idQualifiers}`))
    rules.push(el(`${usage} AN 2 80${options.npi ? ' npi' : ''}`))
  }
  return rules
}

export function nm1Segment(
  name: string,
  order: number,
  entity: readonly string[],
  elements: ElementRule[],
): SegmentRule {
  return seg('NM1', name, 'R', 1, order, {
    qualifier: q(1, ...entity),
    elements,
    pairs: elements.length > 8 ? [[8, 9]] : [],
  })
}

/** N3: street lines; `physical` adds the no-PO-box check of 2010AA and 2310C. */
export function n3(usage: 'R' | 'S', order: number, physical = false): SegmentRule {
  const check = physical ? ' street' : ''
  return seg('N3', 'Address', usage, 1, order, {
    elements: els(`R AN 1 55${check}`, `S AN 1 55${check}`),
  })
}

/** N4: city, state, ZIP (9 digits where `zip9`), country only outside the US. */
export function n4(usage: 'R' | 'S', order: number, zip9 = false): SegmentRule {
  return seg('N4', 'City, State, ZIP', usage, 1, order, {
    elements: els(
      'R AN 2 30',
      'S ID 2 2',
      `S ID 3 15 ${zip9 ? 'zip9' : 'zip'}`,
      'S ID 2 3',
      'N',
      'N',
      'S ID 1 3',
    ),
  })
}

export function ref(
  name: string,
  usage: 'R' | 'S',
  max: number,
  order: number,
  qualifiers: readonly string[],
  check?: 'ein',
): SegmentRule {
  return seg('REF', name, usage, max, order, {
    qualifier: q(1, ...qualifiers),
    elements: els(`R ID 2 3 =${qualifiers.join(',')}`, `R AN 1 50${check ? ' ' + check : ''}`),
  })
}

export function dtp(
  name: string,
  usage: 'R' | 'S',
  max: number,
  order: number,
  qualifiers: readonly string[],
  formats = 'D8',
): SegmentRule {
  return seg('DTP', name, usage, max, order, {
    qualifier: q(1, ...qualifiers),
    elements: els(`R ID 3 3 =${qualifiers.join(',')}`, `R ID 2 3 =${formats}`, 'R AN 1 35 period'),
  })
}

export function amt(name: string, usage: 'R' | 'S', order: number, qualifier: string): SegmentRule {
  return seg('AMT', name, usage, 1, order, {
    qualifier: q(1, qualifier),
    elements: els(`R ID 1 3 =${qualifier}`, 'R R 1 18'),
  })
}

/** CAS: group code and up to six reason/amount/quantity triplets. */
export function cas(name: string, order: number): SegmentRule {
  const triplets: string[] = ['R ID 1 5', 'R R 1 18', 'S R 1 15']
  for (let i = 1; i < 6; i++) triplets.push('S ID 1 5', 'S R 1 18', 'S R 1 15')
  return seg('CAS', name, 'S', 5, order, {
    elements: els('R ID 1 2 =CO,CR,OA,PI,PR', ...triplets),
    pairs: [
      [5, 6],
      [8, 9],
      [11, 12],
      [14, 15],
      [17, 18],
    ],
  })
}

const RESPONSIBILITY = 'A,B,C,D,E,F,G,H,P,S,T,U'
const INSURANCE_TYPES = '12,13,14,15,16,41,42,43,47'

/** SBR of 2000B (SBR02 only 18) or 2320 (SBR02 any individual relationship code). */
export function sbr(name: string, order: number, otherSubscriber: boolean): SegmentRule {
  return seg('SBR', name, 'R', 1, order, {
    elements: els(
      `R ID 1 1 =${RESPONSIBILITY}`,
      otherSubscriber ? 'R ID 2 2 =01,18,19,20,21,39,40,53,G8' : 'S ID 2 2 =18',
      'S AN 1 50',
      'S AN 1 60',
      `S ID 1 3 =${INSURANCE_TYPES}`,
      'N',
      'N',
      'N',
      `R ID 1 2 =${CLAIM_FILING_INDICATOR_CODES.join(',')}`,
    ),
  })
}

export function dmg(usage: 'R' | 'S', order: number): SegmentRule {
  return seg('DMG', 'Demographic Information', usage, 1, order, {
    elements: els('R ID 2 3 =D8', 'R AN 1 35 date', 'R ID 1 1 =F,M,U'),
  })
}

/** SV101 / SVD03: product or service ID qualifier, code, up to 4 modifiers, description. */
export const PROCEDURE = comp(
  'R',
  'R ID 2 2 =ER,HC,IV,WK',
  'R AN 1 48',
  'S AN 2 2',
  'S AN 2 2',
  'S AN 2 2',
  'S AN 2 2',
  'S AN 1 80',
)

/** A segment the validator places in its loop but whose elements it does not check. */
export function other(
  id: string,
  name: string,
  max: number,
  order: number,
  qualifier?: ReturnType<typeof q>,
): SegmentRule {
  return seg(id, name, 'S', max, order, qualifier ? { qualifier } : {})
}
