/**
 * The demo's clearinghouse (and the tests'): given the text of an 837P ClaimDesk sent, it answers the
 * way Office Ally, Availity or Waystar do — a TA1 for the interchange, a 999 for the functional
 * group (accept all, accept with errors, or reject chosen transaction sets with IK3/IK4 errors
 * pointing at a claim) and a 277CA per claim (accepted into adjudication with a payer claim
 * number, or rejected with STC category:status:entity). The output is real X12 text with its
 * own envelope and counts, so ClaimDesk's readers see what a real clearinghouse sends, and the
 * demo reaches every claim state through the same import as a downloaded file.
 */
import { tokenize } from '../x12/tokenize'

export interface SentClaim {
  patientControlNumber: string
  chargeCents: number
  /** Position of its CLM in its transaction set (ST = 1). */
  position: number
  /** DTP*472 of its first line, CCYYMMDD. */
  serviceDate: string
}

export interface Sent837 {
  interchangeControlNumber: string
  groupControlNumber: string
  senderId: string
  receiverId: string
  usage: string
  transactions: { controlNumber: string; claims: SentClaim[] }[]
}

export function read837(text: string): Sent837 {
  const { segments } = tokenize(text)
  const isa = segments.find((s) => s.id === 'ISA')!
  const gs = segments.find((s) => s.id === 'GS')!
  const sent: Sent837 = {
    interchangeControlNumber: isa.elements[13]!.trim(),
    groupControlNumber: gs.elements[6]!.trim(),
    senderId: isa.elements[6]!.trim(),
    receiverId: isa.elements[8]!.trim(),
    usage: isa.elements[15]!.trim(),
    transactions: [],
  }
  let start = 0
  let current: SentClaim[] = []
  let last: SentClaim | undefined
  for (const s of segments) {
    if (s.id === 'ST') {
      start = s.position
      current = []
      sent.transactions.push({ controlNumber: s.elements[2]!, claims: current })
    } else if (s.id === 'CLM') {
      last = {
        patientControlNumber: s.elements[1]!,
        chargeCents: Math.round(Number(s.elements[2]) * 100),
        position: s.position - start + 1,
        serviceDate: '',
      }
      current.push(last)
    } else if (s.id === 'DTP' && s.elements[1] === '472' && last && last.serviceDate === '') {
      last.serviceDate = s.elements[3]!.split('-')[0]!
    }
  }
  return sent
}

export interface SimulatorOptions {
  /** The clearinghouse's date, CCYYMMDD (default 20261205). */
  date?: string
  /** This answer's interchange number (default 900000001). */
  controlNumber?: number
  /** Break the answer into lines (CRLF) and indent segments, as some vendors do. */
  pretty?: boolean
}

class Writer {
  readonly segments: string[] = []
  add(...elements: string[]): void {
    this.segments.push(elements.join('*'))
  }
}

/** The answer's ISA: from the clearinghouse back to the practice that sent the 837. */
function isaOf(sent: Sent837, date: string, control: string): string[] {
  return [
    'ISA',
    '00',
    '          ',
    '00',
    '          ',
    'ZZ',
    sent.receiverId.padEnd(15),
    'ZZ',
    sent.senderId.padEnd(15),
    date.slice(2),
    '1200',
    '^',
    '00501',
    control,
    '0',
    sent.usage,
    ':',
  ]
}

function envelope(
  sent: Sent837,
  functional: string,
  version: string,
  body: (w: Writer) => number,
  options: SimulatorOptions,
): string {
  const date = options.date ?? '20261205'
  const control = String(options.controlNumber ?? 900000001).padStart(9, '0')
  const w = new Writer()
  w.add(...isaOf(sent, date, control))
  w.add('GS', functional, sent.receiverId, sent.senderId, date, '1200', '7001', 'X', version)
  const sets = body(w)
  w.add('GE', String(sets), '7001')
  w.add('IEA', '1', control)
  const end = options.pretty ? '~\r\n' : '~'
  return w.segments.map((s, i) => (options.pretty && i > 1 ? `  ${s}` : s)).join(end) + end
}

function transaction(w: Writer, id: string, control: string, version: string, body: () => void) {
  const start = w.segments.length
  w.add('ST', id, control, version)
  body()
  w.add('SE', String(w.segments.length - start + 1), control)
}

export interface Error999Spec {
  /** The claim the error is in (its CLM01); the IK3 points at its CLM segment. */
  patientControlNumber: string
  /** IK304, default '8' (segment has data element errors). */
  segmentCode?: string
  /** IK403, default '7' (invalid code value). */
  elementCode?: string
  /** IK401, default '5' (CLM05). */
  element?: string
  badValue?: string
}

export interface Answer999Options extends SimulatorOptions {
  /** Transaction sets (ST02) to reject; default none. */
  rejectTransactions?: string[]
  /** Errors to report: in a rejected set they are the reason, else "accepted with errors". */
  errors?: Error999Spec[]
}

export function answer999(text: string, options: Answer999Options = {}): string {
  const sent = read837(text)
  const rejected = new Set(options.rejectTransactions ?? [])
  return envelope(
    sent,
    'FA',
    '005010X231A1',
    (w) => {
      transaction(w, '999', '0001', '005010X231A1', () => {
        w.add('AK1', 'HC', sent.groupControlNumber, '005010X222A1')
        let accepted = 0
        for (const t of sent.transactions) {
          w.add('AK2', '837', t.controlNumber, '005010X222A1')
          const errors = (options.errors ?? []).filter((e) =>
            t.claims.some((c) => c.patientControlNumber === e.patientControlNumber),
          )
          for (const e of errors) {
            const claim = t.claims.find((c) => c.patientControlNumber === e.patientControlNumber)!
            w.add('IK3', 'CLM', String(claim.position), '2300', e.segmentCode ?? '8')
            w.add('CTX', `CLM01:${claim.patientControlNumber}`)
            w.add('IK4', e.element ?? '5', '1331', e.elementCode ?? '7', e.badValue ?? '99')
          }
          if (rejected.has(t.controlNumber)) {
            w.add('IK5', 'R', '5')
          } else {
            accepted++
            w.add('IK5', errors.length ? 'E' : 'A')
          }
        }
        const n = String(sent.transactions.length)
        const status =
          accepted === sent.transactions.length
            ? (options.errors ?? []).length
              ? 'E'
              : 'A'
            : accepted === 0
              ? 'R'
              : 'P'
        w.add('AK9', status, n, n, String(accepted))
      })
      return 1
    },
    options,
  )
}

export function answerTA1(
  text: string,
  options: SimulatorOptions & { status?: 'A' | 'E' | 'R'; note?: string } = {},
): string {
  const sent = read837(text)
  const date = options.date ?? '20261205'
  const control = String(options.controlNumber ?? 900000001).padStart(9, '0')
  return (
    [
      isaOf(sent, date, control).join('*'),
      [
        'TA1',
        sent.interchangeControlNumber,
        date.slice(2),
        '1200',
        options.status ?? 'R',
        options.note ?? '020',
      ].join('*'),
      ['IEA', '0', control].join('*'),
    ].join('~') + '~'
  )
}

export interface Answer277Options extends SimulatorOptions {
  /** Claims to reject, by patient control number → STC01 ('A7:562:85'). */
  reject?: Record<string, string>
  /** Claims to leave out of the answer. */
  omit?: string[]
  /** Accepted claims' STC01, default 'A2:20'. */
  acceptCode?: string
  /** The payer's claim number for an accepted claim (REF*1K); default PAYER + its PCN. */
  payerClaimNumber?: (pcn: string) => string
  /** Only answer these claims (default: every claim of the 837). */
  only?: string[]
  /** The patient named in loop 2100D (default a made-up test patient). */
  patientOf?: (pcn: string) => AnsweredPatient | undefined
}

export interface AnsweredPatient {
  lastName: string
  firstName: string
  memberId: string
}

const TEST_PATIENT: AnsweredPatient = {
  lastName: 'TESTPATIENT',
  firstName: 'ALICE',
  memberId: 'FKM000',
}

export function answer277ca(text: string, options: Answer277Options = {}): string {
  const sent = read837(text)
  const date = options.date ?? '20261205'
  const reject = options.reject ?? {}
  const omit = new Set(options.omit ?? [])
  const only = options.only ? new Set(options.only) : undefined
  const claims = sent.transactions
    .flatMap((t) => t.claims)
    .filter((c) => !omit.has(c.patientControlNumber))
    .filter((c) => !only || only.has(c.patientControlNumber))
  return envelope(
    sent,
    'HN',
    '005010X214',
    (w) => {
      transaction(w, '277', '0001', '005010X214', () => {
        w.add('BHT', '0085', '08', `CH${sent.interchangeControlNumber}`, date, '1200', 'TH')
        w.add('HL', '1', '', '20', '1')
        w.add('NM1', 'PR', '2', 'EXAMPLE CLEARINGHOUSE', '', '', '', '', '46', 'CLEARINGHOUSE')
        w.add('TRN', '1', `CH${sent.interchangeControlNumber}`)
        w.add('DTP', '050', 'D8', date)
        w.add('DTP', '009', 'D8', date)
        w.add('HL', '2', '1', '21', '1')
        w.add('NM1', '41', '2', 'TEST PRACTICE', '', '', '', '', '46', sent.senderId)
        w.add('TRN', '2', sent.interchangeControlNumber)
        w.add(
          'STC',
          'A1:19',
          date,
          'WQ',
          (claims.reduce((s, c) => s + c.chargeCents, 0) / 100).toFixed(2),
        )
        const accepted = claims.filter((c) => !reject[c.patientControlNumber])
        w.add('QTY', '90', String(accepted.length))
        w.add('QTY', 'AA', String(claims.length - accepted.length))
        w.add('HL', '3', '2', '19', '1')
        w.add('NM1', '85', '2', 'TEST PRACTICE', '', '', '', '', 'XX', '1234567893')
        w.add('TRN', '1', '0')
        let hl = 3
        for (const c of claims) {
          hl++
          const rejection = reject[c.patientControlNumber]
          w.add('HL', String(hl), '3', 'PT')
          const patient = options.patientOf?.(c.patientControlNumber) ?? TEST_PATIENT
          w.add(
            'NM1',
            'QC',
            '1',
            patient.lastName,
            patient.firstName,
            '',
            '',
            '',
            'MI',
            patient.memberId,
          )
          w.add('TRN', '2', c.patientControlNumber)
          const amount = (c.chargeCents / 100).toFixed(2)
          if (rejection) {
            w.add('STC', rejection, date, 'U', amount)
          } else {
            w.add('STC', options.acceptCode ?? 'A2:20', date, 'WQ', amount)
            const payer =
              options.payerClaimNumber?.(c.patientControlNumber) ?? `PAYER${c.patientControlNumber}`
            w.add('REF', '1K', payer)
          }
          w.add('REF', 'D9', `CH${c.patientControlNumber}`)
          if (c.serviceDate) w.add('DTP', '472', 'D8', c.serviceDate)
        }
      })
      return 1
    },
    options,
  )
}
