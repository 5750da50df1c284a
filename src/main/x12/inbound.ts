/**
 * Shared reading for the files that come back from a clearinghouse (999, TA1, 277CA): the
 * segments with their ids cleaned of indentation, the interchange envelope, and a list of what
 * could not be understood (kept as notes, never fatal on its own).
 */
import { tokenize, X12SyntaxError, type X12Delimiters, type X12Segment } from './tokenize'

export interface InboundSegment {
  id: string
  /** `el[1]` is the segment's 01 element; '' when absent. */
  el: string[]
  position: number
}

export interface Envelope {
  senderId: string
  receiverId: string
  interchangeControlNumber: string
  usage: string
  date: string
  time: string
}

export interface ReaderNote {
  position: number
  segment: string
  message: string
}

export interface InboundDocument {
  delimiters: X12Delimiters
  segments: InboundSegment[]
  envelope: Envelope
}

export class AckReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AckReadError'
  }
}

function clean(s: X12Segment): InboundSegment {
  const el = s.elements
  const id = el[0]!
  // Indented segments: the id loses its leading spaces, tabs or a stray byte order mark.
  if (id.length > 3 || (id.length > 0 && id.charCodeAt(0) <= 32))
    el[0] = id.replace(/^[\s\uFEFF]+/, '')
  return { id: el[0]!, el, position: s.position }
}

/** Tokenizes and reads the ISA; throws AckReadError (plain words) when it is not X12. */
export function readInbound(text: string): InboundDocument {
  let doc
  try {
    doc = tokenize(text.replace(/^\u00EF\u00BB\u00BF/, ''))
  } catch (err) {
    if (err instanceof X12SyntaxError) throw new AckReadError(err.message)
    throw err
  }
  const segments = doc.segments.map(clean).filter((s) => s.id !== '')
  const isa = segments[0]
  if (!isa || isa.id !== 'ISA') throw new AckReadError('The file does not start with an ISA')
  return {
    delimiters: doc.delimiters,
    segments,
    envelope: {
      senderId: (isa.el[6] ?? '').trim(),
      receiverId: (isa.el[8] ?? '').trim(),
      date: isa.el[9] ?? '',
      time: isa.el[10] ?? '',
      interchangeControlNumber: (isa.el[13] ?? '').trim(),
      usage: (isa.el[15] ?? '').trim(),
    },
  }
}

/** CCYYMMDD → YYYY-MM-DD ('' when not a date). */
export function isoDate(value: string | undefined): string {
  const v = (value ?? '').trim()
  return /^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : ''
}

export const ENVELOPE_IDS = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE'])
