/**
 * Reads a TA1 Interchange Acknowledgment: which interchange (ISA13) it answers, whether it was
 * accepted (A), accepted with errors (E) or rejected (R), and the TA105 note code.
 */
import { AckReadError, readInbound, type Envelope, type ReaderNote } from './inbound'

export interface InterchangeAck {
  /** TA101: the ISA13 of the interchange acknowledged. */
  controlNumber: string
  date: string
  time: string
  /** TA104: A, E or R. */
  status: string
  /** TA105: interchange note code ('000' = no error). */
  noteCode: string
}

export interface AckTA1 {
  envelope: Envelope
  acks: InterchangeAck[]
  notes: ReaderNote[]
}

export function readTA1(text: string): AckTA1 {
  const doc = readInbound(text)
  const acks: InterchangeAck[] = []
  const notes: ReaderNote[] = []
  let el: string[] = []
  const e = (n: number) => (el[n] ?? '').trim()
  for (const s of doc.segments) {
    el = s.el
    if (s.id === 'TA1') {
      acks.push({ controlNumber: e(1), date: e(2), time: e(3), status: e(4), noteCode: e(5) })
    } else if (s.id !== 'ISA' && s.id !== 'IEA') {
      notes.push({
        position: s.position,
        segment: s.id,
        message: `Segment ${s.id} is not read with a TA1: skipped`,
      })
    }
  }
  if (acks.length === 0) throw new AckReadError('The file has no TA1 segment.')
  return { envelope: doc.envelope, acks, notes }
}
