import type { Submission } from '../claim837'
import type { WriteContext } from './elements'
import type { Stamp } from './envelope'
import type { SegmentList } from './segments'

/**
 * BHT, 1000A submitter and 1000B receiver. BHT03 must be unique per transaction (the 277CA
 * echoes it), so it is made of the interchange and transaction control numbers.
 */
export function writeHeader(
  out: SegmentList,
  ctx: WriteContext,
  s: Submission,
  when: Stamp,
  st02: string,
): void {
  const reference = String(s.interchangeControlNumber).padStart(9, '0') + st02
  // BHT02 00 original; BHT06 CH chargeable (a claim, not an encounter report).
  out.add('BHT', '0019', '00', reference, when.date, when.time, 'CH')

  const sub = s.submitter
  out.add(
    'NM1',
    '41',
    '2',
    ctx.requiredName(sub.name, '1000A', 'NM103', 1, 60),
    '',
    '',
    '',
    '',
    '46',
    ctx.id(sub.id, '1000A', 'NM109', 2, 80),
  )
  // 1000A PER: at least one communication number; EX (extension) only right after TE.
  const numbers: string[] = []
  if (sub.phone) {
    numbers.push('TE', ctx.digits(sub.phone, '1000A', 'PER04', 10))
    if (sub.phoneExtension) {
      numbers.push('EX', ctx.id(sub.phoneExtension, '1000A', 'PER06', 1, 256))
    }
  }
  if (sub.email)
    numbers.push('EM', ctx.id(sub.email, '1000A', 'PER0' + (numbers.length + 4), 1, 256))
  if (numbers.length === 0) ctx.fail('1000A', 'PER04', 'needs a phone number or email')
  out.add('PER', 'IC', ctx.requiredName(sub.contactName, '1000A', 'PER02', 1, 60), ...numbers)

  out.add(
    'NM1',
    '40',
    '2',
    ctx.requiredName(s.receiver.name, '1000B', 'NM103', 1, 60),
    '',
    '',
    '',
    '',
    '46',
    ctx.id(s.receiver.id, '1000B', 'NM109', 2, 80),
  )
}
