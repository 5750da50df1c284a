import { RELATIONSHIP_X12_CODES } from '../../../shared/validators/relationship'
import type { Claim837, Patient837, Payer837, Subscriber837 } from '../claim837'
import { writeAddress } from './address'
import { compactDate, type WriteContext } from './elements'
import { personName, sexCode } from './identifiers'
import type { SegmentList } from './segments'

const RESPONSIBILITY = new Set(['P', 'S', 'T'])

export function date8(
  ctx: WriteContext,
  value: string | undefined,
  loop: string,
  element: string,
): string {
  const date = compactDate(value)
  if (date === null) ctx.fail(loop, element, 'must be a date written YYYY-MM-DD')
  return date
}

/**
 * SBR of 2000B or 2320. SBR02 is 18 only when the patient is the subscriber (in 2000B; 2320
 * gives the patient's relationship to the other subscriber whatever it is). SBR04 (plan name)
 * goes only when there is no group number (SBR04 note).
 */
export function sbrSegment(
  out: SegmentList,
  ctx: WriteContext,
  loop: string,
  s: Pick<
    Subscriber837,
    | 'responsibility'
    | 'relationship'
    | 'groupNumber'
    | 'planName'
    | 'insuranceTypeCode'
    | 'claimFilingIndicator'
  >,
  relationshipCode: string,
): void {
  if (!RESPONSIBILITY.has(s.responsibility)) ctx.fail(loop, 'SBR01', 'must be P, S or T')
  const group = ctx.optionalId(s.groupNumber, loop, 'SBR03', 1, 50)
  const plan = group === '' ? ctx.name(s.planName, loop, 'SBR04', 60) : ''
  out.add(
    'SBR',
    s.responsibility,
    relationshipCode,
    group,
    plan,
    ctx.optionalId(s.insuranceTypeCode, loop, 'SBR05', 1, 3),
    '',
    '',
    '',
    ctx.id(s.claimFilingIndicator, loop, 'SBR09', 1, 2),
  )
}

/** 2000B subscriber level with 2010BA subscriber and 2010BB payer. */
export function writeSubscriber(
  out: SegmentList,
  ctx: WriteContext,
  hl: number,
  claim: Claim837,
): void {
  const s = claim.subscriber
  const self = s.relationship === 'self'
  // HL04: 0 when the claims hang here (patient is subscriber), 1 when a 2000C follows.
  out.add('HL', String(hl), '1', '22', self ? '0' : '1')
  sbrSegment(out, ctx, '2000B', s, self ? '18' : '')
  out.add(
    'NM1',
    'IL',
    '1',
    ...personName(ctx, s.name, '2010BA'),
    'MI',
    ctx.id(s.memberId, '2010BA', 'NM109', 2, 80),
  )
  // 2010BA N3/N4 and DMG are required when the patient is the subscriber and not sent
  // otherwise (the guide's situational rules): the patient's own go in 2010CA.
  if (self) {
    writeAddress(out, ctx, '2010BA', s.address)
    out.add('DMG', 'D8', date8(ctx, s.dob, '2010BA', 'DMG02'), sexCode(ctx, s.sex, '2010BA'))
  }
  writePayerName(out, ctx, '2010BB', claim.payer)
}

/** 2010BB destination payer, or 2330B other payer: NM1*PR with the payer ID (PI). */
export function writePayerName(
  out: SegmentList,
  ctx: WriteContext,
  loop: string,
  payer: Payer837,
): void {
  out.add(
    'NM1',
    'PR',
    '2',
    ctx.requiredName(payer.name, loop, 'NM103', 1, 60),
    '',
    '',
    '',
    '',
    'PI',
    ctx.id(payer.payerId, loop, 'NM109', 2, 80),
  )
  if (payer.address) writeAddress(out, ctx, loop, payer.address)
}

/** 2000C patient level and 2010CA, when the patient is not the subscriber. */
export function writePatient(
  out: SegmentList,
  ctx: WriteContext,
  hl: number,
  parent: number,
  subscriber: Subscriber837,
  patient: Patient837,
): void {
  out.add('HL', String(hl), String(parent), '23', '0')
  out.add('PAT', RELATIONSHIP_X12_CODES[subscriber.relationship])
  // 5010 2010CA NM108/NM109 are not used: the patient is known through the subscriber's ID.
  out.add('NM1', 'QC', '1', ...personName(ctx, patient.name, '2010CA'))
  writeAddress(out, ctx, '2010CA', patient.address)
  out.add(
    'DMG',
    'D8',
    date8(ctx, patient.dob, '2010CA', 'DMG02'),
    sexCode(ctx, patient.sex, '2010CA'),
  )
}
