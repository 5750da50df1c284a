/**
 * Reads a 999 Implementation Acknowledgment (005010X231A1): for each functional group (AK1)
 * and each transaction set in it (AK2), whether it was accepted (IK5) and every error found —
 * segment errors (IK3, with their CTX context such as CLM01) and element errors (IK4) — and
 * the group's verdict (AK9). Unknown segments are noted, not fatal.
 */
import { AckReadError, ENVELOPE_IDS, readInbound, type Envelope, type ReaderNote } from './inbound'

export interface Element999Error {
  /** IK401: position in the segment, "2" or "5:3" for a component. */
  position: string
  /** IK402: data element reference number, when given. */
  reference: string
  /** IK403: implementation data element syntax error code. */
  code: string
  /** IK404: a copy of the bad data, when given. */
  badValue: string
}

export interface Segment999Error {
  /** IK301: the segment id in error ('CLM', 'NM1'…). */
  segmentId: string
  /** IK302: its position in the transaction set (ST is 1). */
  position: number
  /** IK303: the loop identifier, when given ('2300'). */
  loop: string
  /** IK304: implementation segment syntax error code; '' when only elements are in error. */
  code: string
  /** CTX business context (e.g. 'CLM01' → the claim's patient control number). */
  context: { name: string; value: string }[]
  elements: Element999Error[]
}

export interface Transaction999 {
  /** AK201: '837'. */
  transactionSetId: string
  /** AK202: the ST02 of the transaction acknowledged. */
  controlNumber: string
  /** IK501: A accepted, E accepted with errors, M/R/W/X rejected. */
  status: string
  /** IK502..IK506. */
  codes: string[]
  errors: Segment999Error[]
}

export interface Group999 {
  /** AK101: functional identifier of the group acknowledged ('HC'). */
  functionalId: string
  /** AK102: the GS06 acknowledged. */
  groupControlNumber: string
  transactions: Transaction999[]
  /** AK901: A, E, P (partially accepted), R, M, W, X. */
  status: string
  included: number
  received: number
  accepted: number
  /** AK905..AK909. */
  codes: string[]
}

export interface Ack999 {
  envelope: Envelope
  groups: Group999[]
  notes: ReaderNote[]
}

const KNOWN_999 = new Set([...ENVELOPE_IDS, 'AK1', 'AK2', 'IK3', 'CTX', 'IK4', 'IK5', 'AK9', 'TA1'])

export function read999(text: string): Ack999 {
  const doc = readInbound(text)
  const groups: Group999[] = []
  const notes: ReaderNote[] = []
  let group: Group999 | undefined
  let transaction: Transaction999 | undefined
  let segmentError: Segment999Error | undefined
  let sawSt = false

  let el: string[] = []
  const e = (n: number) => (el[n] ?? '').trim()
  for (const s of doc.segments) {
    el = s.el
    switch (s.id) {
      case 'ST':
        sawSt = true
        if (e(1) !== '999') {
          throw new AckReadError(
            `Segment ${s.position}: this is a ${e(1) || 'unnamed'} transaction, not a 999.`,
          )
        }
        break
      case 'AK1':
        group = {
          functionalId: e(1),
          groupControlNumber: e(2),
          transactions: [],
          status: '',
          included: 0,
          received: 0,
          accepted: 0,
          codes: [],
        }
        groups.push(group)
        transaction = undefined
        segmentError = undefined
        break
      case 'AK2':
        if (!group) {
          notes.push({ position: s.position, segment: 'AK2', message: 'AK2 before any AK1' })
          break
        }
        transaction = {
          transactionSetId: e(1),
          controlNumber: e(2),
          status: '',
          codes: [],
          errors: [],
        }
        group.transactions.push(transaction)
        segmentError = undefined
        break
      case 'IK3':
        if (!transaction) {
          notes.push({ position: s.position, segment: 'IK3', message: 'IK3 outside an AK2' })
          break
        }
        segmentError = {
          segmentId: e(1),
          position: Number(e(2)) || 0,
          loop: e(3),
          code: e(4),
          context: [],
          elements: [],
        }
        transaction.errors.push(segmentError)
        break
      case 'CTX': {
        if (!segmentError) break // a transaction-level context (CTX*SITUATIONAL...) says nothing we use
        const [name = '', value = ''] = e(1).split(doc.delimiters.component)
        segmentError.context.push({ name, value })
        break
      }
      case 'IK4':
        if (!segmentError) {
          notes.push({ position: s.position, segment: 'IK4', message: 'IK4 outside an IK3' })
          break
        }
        segmentError.elements.push({
          position: e(1),
          reference: e(2),
          code: e(3),
          badValue: e(4),
        })
        break
      case 'IK5':
        if (!transaction) {
          notes.push({ position: s.position, segment: 'IK5', message: 'IK5 outside an AK2' })
          break
        }
        transaction.status = e(1)
        transaction.codes = [2, 3, 4, 5, 6].map(e).filter((c) => c !== '')
        segmentError = undefined
        break
      case 'AK9':
        if (!group) break
        group.status = e(1)
        group.included = Number(e(2)) || 0
        group.received = Number(e(3)) || 0
        group.accepted = Number(e(4)) || 0
        group.codes = [5, 6, 7, 8, 9].map(e).filter((c) => c !== '')
        transaction = undefined
        segmentError = undefined
        break
      default:
        if (!KNOWN_999.has(s.id)) {
          notes.push({
            position: s.position,
            segment: s.id,
            message: `Segment ${s.id} is not part of a 999: skipped`,
          })
        }
    }
  }
  if (!sawSt) throw new AckReadError('The file has no ST*999 transaction set.')
  if (groups.length === 0) throw new AckReadError('The 999 has no AK1 (group acknowledged).')
  for (const g of groups) {
    if (g.status === '')
      throw new AckReadError(`The 999 for group ${g.groupControlNumber} has no AK9.`)
    for (const t of g.transactions) {
      if (t.status === '') {
        throw new AckReadError(`The 999 for transaction ${t.controlNumber} has no IK5 verdict.`)
      }
    }
  }
  return { envelope: doc.envelope, groups, notes }
}
