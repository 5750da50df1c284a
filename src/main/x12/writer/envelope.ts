import type { Submission } from '../claim837'
import { COMPONENT, ELEMENT, REPETITION, type WriteContext } from './elements'

export const VERSION = '005010X222A1'

/** The moment the file is made, in the shapes ISA, GS and BHT want. */
export interface Stamp {
  /** CCYYMMDD (GS04, BHT04). */
  date: string
  /** HHMM (ISA10, GS05, BHT05). */
  time: string
}

export function stamp(ctx: WriteContext, created: string): Stamp {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(created)
  const [month, day, hour, minute] = m ? [m[2], m[3], m[4], m[5]].map(Number) : []
  if (!m || month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59) {
    return ctx.fail('ISA', 'ISA09', 'needs the creation time as YYYY-MM-DDTHH:MM')
  }
  return { date: m[1]! + m[2]! + m[3]!, time: m[4]! + m[5]! }
}

/** 1–999,999,999, written zero-padded to `width`. */
export function controlNumber(
  ctx: WriteContext,
  value: number,
  loop: string,
  element: string,
  width: number,
): string {
  if (!Number.isInteger(value) || value < 1 || value > 999_999_999) {
    ctx.fail(loop, element, 'must be a whole number from 1 to 999999999')
  }
  return String(value).padStart(width, '0')
}

function fixed(ctx: WriteContext, value: string, element: string, width: number): string {
  const text = ctx.id(value, 'ISA', element, 1, width)
  return text.padEnd(width, ' ')
}

function qualifier(ctx: WriteContext, value: string, element: string): string {
  const text = ctx.id(value, 'ISA', element, 2, 2)
  if (!/^[0-9A-Z]{2}$/.test(text)) ctx.fail('ISA', element, 'must be a 2-character ID qualifier')
  return text
}

/**
 * ISA is fixed width: 105 characters before its terminator, every element padded to its size, so
 * a reader can take the separators from positions 3, 82, 104 and 105.
 */
export function isaSegment(ctx: WriteContext, s: Submission, when: Stamp): string {
  const elements = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    qualifier(ctx, s.senderQualifier, 'ISA05'),
    fixed(ctx, s.senderId, 'ISA06', 15),
    qualifier(ctx, s.receiverQualifier, 'ISA07'),
    fixed(ctx, s.receiverId, 'ISA08', 15),
    when.date.slice(2),
    when.time,
    REPETITION,
    '00501',
    controlNumber(ctx, s.interchangeControlNumber, 'ISA', 'ISA13', 9),
    s.requestTa1 ? '1' : '0',
    s.usage === 'P' ? 'P' : 'T',
    COMPONENT,
  ]
  if (s.usage !== 'P' && s.usage !== 'T') ctx.fail('ISA', 'ISA15', 'must be T or P')
  return elements.join(ELEMENT)
}

export function gsSegment(ctx: WriteContext, s: Submission, when: Stamp): string {
  const sender = ctx.id(s.applicationSenderCode ?? s.senderId, 'GS', 'GS02', 2, 15)
  const receiver = ctx.id(s.applicationReceiverCode ?? s.receiverId, 'GS', 'GS03', 2, 15)
  const control = controlNumber(ctx, s.groupControlNumber, 'GS', 'GS06', 1)
  return ['GS', 'HC', sender, receiver, when.date, when.time, control, 'X', VERSION].join(ELEMENT)
}

export function geSegment(transactionCount: number, groupControlNumber: number): string {
  return ['GE', String(transactionCount), String(groupControlNumber)].join(ELEMENT)
}

export function ieaSegment(interchangeControlNumber: number): string {
  return ['IEA', '1', String(interchangeControlNumber).padStart(9, '0')].join(ELEMENT)
}

/** ST02/SE02: 4–9 characters; numbers under 1000 are zero-padded to four digits. */
export function transactionNumber(ctx: WriteContext, value: number): string {
  return controlNumber(ctx, value, 'ST', 'ST02', 4)
}
