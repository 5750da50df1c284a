/**
 * Reads a 277CA Claim Acknowledgment (005010X214). The HL hierarchy runs information source
 * (20, the payer or clearinghouse) → information receiver (21, the submitter) → billing provider
 * (19) → patient (PT); each patient level is one claim, named by TRN*2 (the claim's patient
 * control number, CLM01), with one or more STC statuses (category:status:entity composites),
 * the payer's claim number (REF*1K), the clearinghouse trace (REF*D9) and service dates (DTP*472).
 * Service lines (SVC) may carry their own STC. Unknown segments are noted, not fatal.
 */
import {
  AckReadError,
  ENVELOPE_IDS,
  isoDate,
  readInbound,
  type Envelope,
  type ReaderNote,
} from './inbound'

export interface StatusCode {
  /** STC01-1 / STC10-1 / STC11-1: claim status category code (A1, A2, A3, A7…). */
  category: string
  /** STC01-2: claim status code (20, 21, 562…). */
  status: string
  /** STC01-3: entity identifier code the status is about (85 billing provider…), or ''. */
  entity: string
}

export interface Stc {
  codes: StatusCode[]
  /** STC02: status information effective date. */
  date: string
  /** STC03: action code (WQ accepted, U rejected) when given. */
  action: string
  /** STC04 in cents, when given. */
  amountCents: number | null
  /** STC12: free-form message text, when given. */
  message: string
  position: number
}

export interface ClaimStatus277 {
  /** TRN02 of the patient level: the claim's patient control number. */
  patientControlNumber: string
  statuses: Stc[]
  /** REF*1K. */
  payerClaimNumber: string
  /** REF*D9: the clearinghouse's trace number. */
  clearinghouseTrace: string
  /** DTP*472 as 'YYYY-MM-DD' or 'YYYY-MM-DD..YYYY-MM-DD'. */
  serviceDate: string
  lines: { procedure: string; chargeCents: number | null; statuses: Stc[] }[]
  /** Segment position of the TRN, for messages. */
  position: number
}

export interface Ack277CA {
  envelope: Envelope
  /** STC at the levels above the claims (the whole batch received / rejected). */
  batchStatuses: Stc[]
  claims: ClaimStatus277[]
  notes: ReaderNote[]
}

const KNOWN_277 = new Set([
  ...ENVELOPE_IDS,
  'BHT',
  'HL',
  'NM1',
  'TRN',
  'STC',
  'QTY',
  'AMT',
  'REF',
  'DTP',
  'SVC',
  'PER',
])

function cents(value: string): number | null {
  if (value.trim() === '') return null
  const n = Number(value)
  return Number.isFinite(n) ? Math.round(n * 100) : null
}

export function read277ca(text: string): Ack277CA {
  const doc = readInbound(text)
  const { component } = doc.delimiters
  const claims: ClaimStatus277[] = []
  const batchStatuses: Stc[] = []
  const notes: ReaderNote[] = []
  let level = ''
  let claim: ClaimStatus277 | undefined
  let line: ClaimStatus277['lines'][number] | undefined
  let sawSt = false

  let el: string[] = []
  const e = (n: number) => (el[n] ?? '').trim()
  for (const s of doc.segments) {
    el = s.el
    switch (s.id) {
      case 'ST':
        sawSt = true
        if (e(1) !== '277') {
          throw new AckReadError(
            `Segment ${s.position}: this is a ${e(1) || 'unnamed'} transaction, not a 277CA.`,
          )
        }
        break
      case 'HL':
        level = e(3)
        claim = undefined
        line = undefined
        break
      case 'TRN':
        if (level === 'PT' || level === '22' || level === '23') {
          claim = {
            patientControlNumber: e(2),
            statuses: [],
            payerClaimNumber: '',
            clearinghouseTrace: '',
            serviceDate: '',
            lines: [],
            position: s.position,
          }
          claims.push(claim)
        }
        break
      case 'STC': {
        const codes: StatusCode[] = []
        for (const n of [1, 10, 11]) {
          const value = e(n)
          if (value === '') continue
          const [category = '', status = '', entity = ''] = value.split(component)
          codes.push({ category: category.trim(), status: status.trim(), entity: entity.trim() })
        }
        const stc: Stc = {
          codes,
          date: isoDate(e(2)),
          action: e(3),
          amountCents: cents(e(4)),
          message: e(12),
          position: s.position,
        }
        if (line) line.statuses.push(stc)
        else if (claim) claim.statuses.push(stc)
        else batchStatuses.push(stc)
        break
      }
      case 'REF':
        if (!claim || line) break
        if (e(1) === '1K') claim.payerClaimNumber = e(2)
        else if (e(1) === 'D9') claim.clearinghouseTrace = e(2)
        break
      case 'DTP':
        if (claim && !line && e(1) === '472') {
          const value = e(3)
          claim.serviceDate =
            e(2) === 'RD8' && value.includes('-')
              ? value
                  .split('-')
                  .map((d) => isoDate(d))
                  .join('..')
              : isoDate(value)
        }
        break
      case 'SVC':
        if (!claim) break
        line = {
          procedure: e(1).split(component).slice(0, 2).join(' '),
          chargeCents: cents(e(2)),
          statuses: [],
        }
        claim.lines.push(line)
        break
      default:
        if (!KNOWN_277.has(s.id)) {
          notes.push({
            position: s.position,
            segment: s.id,
            message: `Segment ${s.id} is not part of a 277CA: skipped`,
          })
        }
    }
  }
  if (!sawSt) throw new AckReadError('The file has no ST*277 transaction set.')
  for (const c of claims) {
    if (c.patientControlNumber === '') {
      throw new AckReadError(`Segment ${c.position}: a claim's TRN has no patient control number.`)
    }
    if (c.statuses.length === 0) {
      throw new AckReadError(
        `Segment ${c.position}: claim ${c.patientControlNumber} has no STC status.`,
      )
    }
  }
  return { envelope: doc.envelope, batchStatuses, claims, notes }
}
