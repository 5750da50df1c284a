import { RELATIONSHIP_X12_CODES } from '../../../shared/validators/relationship'
import type { OtherSubscriber837 } from '../claim837'
import { writeAdjustments } from './adjustments'
import { writeAddress } from './address'
import { formatCents, type WriteContext } from './elements'
import { personName } from './identifiers'
import { date8, sbrSegment, writePayerName } from './loop2000b'
import type { SegmentList } from './segments'

/** 2320 repeats at most 10 times: one per payer other than the destination payer. */
export const MAX_OTHER_SUBSCRIBERS = 10

/** 2320 other subscriber information, 2330A other subscriber, 2330B other payer. */
export function writeOtherSubscriber(
  out: SegmentList,
  ctx: WriteContext,
  other: OtherSubscriber837,
): void {
  // 2320 SBR02 always gives the patient's relationship to this other subscriber.
  sbrSegment(out, ctx, '2320', other, RELATIONSHIP_X12_CODES[other.relationship] ?? '')
  writeAdjustments(out, ctx, '2320', other.adjustments, 5)
  if (other.paidCents !== undefined) out.add('AMT', 'D', formatCents(other.paidCents))
  if (other.remainingPatientLiabilityCents !== undefined) {
    out.add('AMT', 'EAF', formatCents(other.remainingPatientLiabilityCents))
  }
  // OI03 benefits assignment, OI06 release of information; OI01/02/05 are not used.
  out.add('OI', '', '', other.benefitsAssigned ? 'Y' : 'N', '', '', other.releaseOfInformation)

  const s = other.subscriber
  out.add(
    'NM1',
    'IL',
    '1',
    ...personName(ctx, s.name, '2330A'),
    'MI',
    ctx.id(s.memberId, '2330A', 'NM109', 2, 80),
  )
  if (s.address) writeAddress(out, ctx, '2330A', s.address)

  writePayerName(out, ctx, '2330B', other.payer)
  if (other.payer.adjudicatedOn !== undefined) {
    out.add('DTP', '573', 'D8', date8(ctx, other.payer.adjudicatedOn, '2330B', 'DTP03'))
  }
}
