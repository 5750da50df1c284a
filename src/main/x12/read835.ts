/**
 * A fast reader for the 835 (Health Care Claim Payment/Advice, 005010X221A1). Separators come
 * from the ISA (element = its 4th character, component = ISA16, segment terminator = the
 * character after ISA16). It tolerates a byte-order mark, CRLF or LF line ends, segments broken
 * across lines or indented, and several ISA/GS/ST in one file. A segment it does not know is
 * reported with its number and skipped: one odd segment never loses a whole remittance.
 * Money is read into integer cents from the text, never through a float.
 */

export type CasGroup = 'CO' | 'PR' | 'OA' | 'PI' | 'CR'

export interface RemitAdjustment {
  group: CasGroup
  /** CARC. */
  reason: string
  amountCents: number
  quantity: string
  segment: number
}

export interface RemitAmount {
  qualifier: string
  cents: number
}

export interface RemitLine {
  /** SVC01-1 (HC, AD…), SVC01-2 and the modifiers SVC01-3…6. */
  qualifier: string
  code: string
  modifiers: string[]
  chargeCents: number
  paidCents: number
  units: string
  /** SVC06: the procedure as billed, when the payer adjudicated a different one. */
  billed: { code: string; modifiers: string[] } | null
  /** REF*6R: the line control number the 837 sent (2400 REF*6R). */
  lineControlNumber: string | null
  /** DTM*472 (or 150 when a range is given), CCYY-MM-DD. */
  serviceDate: string | null
  adjustments: RemitAdjustment[]
  remarks: string[]
  amounts: RemitAmount[]
  segment: number
}

export interface RemitClaim {
  patientControlNumber: string
  /** CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 19/20/21 forwarded, 22 reversal. */
  statusCode: string
  chargeCents: number
  paidCents: number
  patientResponsibilityCents: number
  filingIndicator: string
  payerClaimNumber: string
  adjustments: RemitAdjustment[]
  /** NM1*QC: the patient as the payer has them (kept out of logs). */
  patient: { last: string; first: string; memberId: string }
  /** NM1*TT: the payer the claim was forwarded to (CLP02 19/20/21). */
  crossoverPayer: string | null
  /** REF*1K payer claim number when given apart from CLP07, REF*F8 original reference. */
  refs: Record<string, string>
  /** DTM*232/233 statement dates, 050 received. */
  dates: Record<string, string>
  amounts: RemitAmount[]
  remarks: string[]
  lines: RemitLine[]
  segment: number
}

export interface RemitProviderAdjustment {
  providerId: string
  fiscalPeriodDate: string
  /** PLB03-1 and later pairs: L6 interest, WO recoupment, FB forward balance, 72, B2, CS… */
  reason: string
  reference: string
  /** As PLB has it: positive reduces the payment, negative increases it. */
  amountCents: number
  segment: number
}

export interface RemitTransaction {
  controlNumber: string
  segment: number
  /** BPR01: I remittance with payment, H notification only… */
  handling: string
  paymentCents: number
  creditDebit: string
  /** BPR04: ACH, CHK, NON, FWT, BOP. */
  method: string
  /** BPR16, CCYY-MM-DD. */
  paymentDate: string
  /** TRN02: the check or EFT trace number. */
  traceNumber: string
  /** TRN03: the payer's identifier (1 + EIN) */
  originator: string
  payer: { name: string; id: string }
  payee: { name: string; id: string }
  claims: RemitClaim[]
  providerAdjustments: RemitProviderAdjustment[]
}

export interface RemitProblem {
  segment: number
  message: string
}

export interface Remit835 {
  transactions: RemitTransaction[]
  /** Unknown or out-of-place segments, skipped: kept to be shown, never fatal. */
  problems: RemitProblem[]
}

export class Remit835Error extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'Remit835Error'
  }
}

const KNOWN = new Set([
  'ISA',
  'GS',
  'ST',
  'BPR',
  'TRN',
  'CUR',
  'REF',
  'DTM',
  'N1',
  'N2',
  'N3',
  'N4',
  'PER',
  'RDM',
  'LX',
  'TS3',
  'TS2',
  'CLP',
  'CAS',
  'NM1',
  'MIA',
  'MOA',
  'AMT',
  'QTY',
  'SVC',
  'LQ',
  'PLB',
  'SE',
  'GE',
  'IEA',
])

const GROUPS = new Set(['CO', 'PR', 'OA', 'PI', 'CR'])

/** "123.45", "-7.5", "100", ".25" → cents, from the text; a fraction of a cent is refused. */
export function amountToCents(text: string, where: string): number {
  const t = text.trim()
  if (t === '') return 0
  let i = 0
  let negative = false
  if (t[0] === '-') {
    negative = true
    i = 1
  } else if (t[0] === '+') i = 1
  let whole = 0
  let digits = 0
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === 46) break
    if (c < 48 || c > 57) throw new Remit835Error(`${where}: "${text}" is not an amount`)
    whole = whole * 10 + (c - 48)
    digits++
  }
  let frac = 0
  if (i < t.length) {
    const rest = t.slice(i + 1)
    if (!/^\d*$/.test(rest) || (digits === 0 && rest === '')) {
      throw new Remit835Error(`${where}: "${text}" is not an amount`)
    }
    if (/[1-9]/.test(rest.slice(2))) {
      throw new Remit835Error(`${where}: "${text}" has a fraction of a cent`)
    }
    frac = Number((rest.slice(0, 2) + '00').slice(0, 2))
  } else if (digits === 0) throw new Remit835Error(`${where}: "${text}" is not an amount`)
  const value = whole * 100 + frac
  if (!Number.isSafeInteger(value)) throw new Remit835Error(`${where}: "${text}" is out of range`)
  return negative ? -value : value
}

function isoDate(d: string | undefined): string {
  if (!d || d.length !== 8) return ''
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`
}

interface Delimiters {
  element: string
  component: string
  segment: string
}

function delimiters(text: string, start: number): Delimiters {
  const element = text[start + 3]
  if (element === undefined || /[0-9A-Za-z\s]/.test(element)) {
    throw new Remit835Error('The ISA segment has no element separator after "ISA"')
  }
  // The 1st separator follows "ISA"; ISA16 follows the 16th.
  let at = start + 3
  for (let n = 2; n <= 16; n++) {
    at = text.indexOf(element, at + 1)
    if (at < 0) throw new Remit835Error('The ISA segment is cut short: it needs 16 elements')
  }
  const component = text[at + 1]
  let segment = text[at + 2]
  if (component === undefined || segment === undefined) {
    throw new Remit835Error('The ISA segment is cut short: no segment terminator after ISA16')
  }
  // A file whose terminator is a line end: treat CR, LF and CRLF alike.
  if (segment === '\r') segment = '\n'
  return { element, component, segment }
}

/** Splits the text into segments (each an array of elements), numbered from 1. */
export function splitSegments(raw: string): { segments: string[][]; delimiters: Delimiters } {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const start = text.indexOf('ISA')
  if (start < 0) throw new Remit835Error('This is not an X12 file: there is no ISA segment')
  const d = delimiters(text, start)
  text = text.slice(start)
  if (d.segment === '\n') text = text.replace(/\r\n?/g, '\n')
  // Wrapped lines: a line break inside a segment is not data.
  else if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) text = text.replace(/[\r\n]/g, '')
  const pieces = text.split(d.segment)
  const segments: string[][] = []
  for (const piece of pieces) {
    let s = piece
    const c0 = s.charCodeAt(0)
    if (c0 === 32 || c0 === 9 || c0 === 10 || c0 === 13) s = s.trim()
    if (s === '') continue
    segments.push(s.split(d.element))
  }
  return { segments, delimiters: d }
}

/** Reads every 835 transaction in the file. Throws Remit835Error on a malformed segment. */
export function read835(raw: string): Remit835 {
  const { segments, delimiters: d } = splitSegments(raw)
  const problems: RemitProblem[] = []
  const transactions: RemitTransaction[] = []
  let tx: RemitTransaction | null = null
  let claim: RemitClaim | null = null
  let line: RemitLine | null = null
  let lastN1 = ''

  const money = (value: string | undefined, n: number, name: string) =>
    amountToCents(value ?? '', `Segment ${n} (${name})`)
  const comp = (value: string | undefined) => (value ?? '').split(d.component)

  for (let i = 0; i < segments.length; i++) {
    const e = segments[i]!
    const n = i + 1
    const id = e[0]!
    switch (id) {
      case 'ST':
        if (e[1] !== '835') {
          problems.push({ segment: n, message: `Transaction set ${e[1]} is not an 835: skipped` })
          tx = null
          break
        }
        tx = {
          controlNumber: e[2] ?? '',
          segment: n,
          handling: '',
          paymentCents: 0,
          creditDebit: '',
          method: '',
          paymentDate: '',
          traceNumber: '',
          originator: '',
          payer: { name: '', id: '' },
          payee: { name: '', id: '' },
          claims: [],
          providerAdjustments: [],
        }
        transactions.push(tx)
        claim = null
        line = null
        lastN1 = ''
        break
      case 'SE':
        tx = null
        claim = null
        line = null
        break
      case 'BPR':
        if (!tx) break
        tx.handling = e[1] ?? ''
        tx.paymentCents = money(e[2], n, 'BPR02')
        tx.creditDebit = e[3] ?? ''
        tx.method = e[4] ?? ''
        tx.paymentDate = isoDate(e[16])
        break
      case 'TRN':
        if (!tx || claim) break
        tx.traceNumber = e[2] ?? ''
        tx.originator = e[3] ?? ''
        break
      case 'N1':
        if (!tx) break
        lastN1 = e[1] ?? ''
        if (lastN1 === 'PR') tx.payer = { name: e[2] ?? '', id: e[4] ?? '' }
        else if (lastN1 === 'PE') tx.payee = { name: e[2] ?? '', id: e[4] ?? '' }
        break
      case 'CLP': {
        if (!tx) break
        claim = {
          patientControlNumber: e[1] ?? '',
          statusCode: e[2] ?? '',
          chargeCents: money(e[3], n, 'CLP03'),
          paidCents: money(e[4], n, 'CLP04'),
          patientResponsibilityCents: money(e[5], n, 'CLP05'),
          filingIndicator: e[6] ?? '',
          payerClaimNumber: e[7] ?? '',
          adjustments: [],
          patient: { last: '', first: '', memberId: '' },
          crossoverPayer: null,
          refs: {},
          dates: {},
          amounts: [],
          remarks: [],
          lines: [],
          segment: n,
        }
        tx.claims.push(claim)
        line = null
        break
      }
      case 'CAS': {
        const target = line ?? claim
        if (!target) {
          problems.push({ segment: n, message: 'CAS outside a claim: skipped' })
          break
        }
        const group = e[1] ?? ''
        if (!GROUPS.has(group)) {
          throw new Remit835Error(`Segment ${n} (CAS01): "${group}" is not an adjustment group`)
        }
        // Up to six reason/amount/quantity triples: CAS02-04, 05-07 … 17-19.
        for (let k = 2; k <= 17; k += 3) {
          const reason = e[k]
          if (!reason) continue
          target.adjustments.push({
            group: group as CasGroup,
            reason,
            amountCents: money(e[k + 1], n, `CAS${String(k + 1).padStart(2, '0')}`),
            quantity: e[k + 2] ?? '',
            segment: n,
          })
        }
        break
      }
      case 'NM1':
        if (!claim) break
        if (e[1] === 'QC') {
          claim.patient = { last: e[3] ?? '', first: e[4] ?? '', memberId: e[9] ?? '' }
        } else if (e[1] === 'TT') claim.crossoverPayer = e[3] ?? ''
        break
      case 'REF':
        if (line) {
          if (e[1] === '6R') line.lineControlNumber = e[2] ?? ''
        } else if (claim) {
          claim.refs[e[1] ?? ''] = e[2] ?? ''
          // Some payers put their claim number only in REF*1K, not in CLP07.
          if (e[1] === '1K' && !claim.payerClaimNumber) claim.payerClaimNumber = e[2] ?? ''
        } else if (tx && lastN1 === 'PR' && e[1] === '2U') tx.payer.id = e[2] ?? ''
        break
      case 'DTM':
        if (line) {
          if (e[1] === '472' || (e[1] === '150' && !line.serviceDate)) {
            line.serviceDate = isoDate(e[2])
          }
        } else if (claim) claim.dates[e[1] ?? ''] = isoDate(e[2])
        break
      case 'AMT': {
        const target = line ?? claim
        if (target) target.amounts.push({ qualifier: e[1] ?? '', cents: money(e[2], n, 'AMT02') })
        break
      }
      case 'LQ':
        if (line) line.remarks.push(e[2] ?? '')
        break
      case 'MOA':
        if (claim) for (const k of [3, 4, 5, 6, 7]) if (e[k]) claim.remarks.push(e[k]!)
        break
      case 'SVC': {
        if (!claim) {
          problems.push({ segment: n, message: 'SVC outside a claim: skipped' })
          break
        }
        const proc = comp(e[1])
        const billed = e[6] ? comp(e[6]) : null
        line = {
          qualifier: proc[0] ?? '',
          code: proc[1] ?? '',
          modifiers: proc.slice(2, 6).filter((m) => m !== ''),
          chargeCents: money(e[2], n, 'SVC02'),
          paidCents: money(e[3], n, 'SVC03'),
          units: e[5] || e[7] || '1',
          billed: billed
            ? { code: billed[1] ?? '', modifiers: billed.slice(2, 6).filter((m) => m !== '') }
            : null,
          lineControlNumber: null,
          serviceDate: null,
          adjustments: [],
          remarks: [],
          amounts: [],
          segment: n,
        }
        claim.lines.push(line)
        break
      }
      case 'PLB': {
        if (!tx) break
        // PLB03/04, 05/06 … 13/14: reason:reference and amount, up to six pairs.
        for (let k = 3; k <= 13; k += 2) {
          if (!e[k]) continue
          const [reason = '', ...ref] = comp(e[k])
          tx.providerAdjustments.push({
            providerId: e[1] ?? '',
            fiscalPeriodDate: isoDate(e[2]),
            reason,
            reference: ref.join(d.component),
            amountCents: money(e[k + 1], n, `PLB${String(k + 1).padStart(2, '0')}`),
            segment: n,
          })
        }
        claim = null
        line = null
        break
      }
      case 'LX':
      case 'TS3':
      case 'TS2':
        claim = null
        line = null
        break
      default:
        if (!KNOWN.has(id)) problems.push({ segment: n, message: `Unknown segment ${id}: skipped` })
    }
  }
  if (transactions.length === 0) {
    throw new Remit835Error('This file has no 835 transaction (ST*835)')
  }
  return { transactions, problems }
}
