/**
 * The 837P (005010X222A1) writer: one interchange (ISA/GS/IEA) with one or more transaction
 * sets, each billing provider → subscriber → [patient] → claims → lines, HL-numbered.
 */
import type {
  BillingProvider,
  Claim837,
  Patient837,
  Payer837,
  Submission,
  Subscriber837,
  Write837Options,
} from './claim837'
import { SEGMENT, WriteContext, X12WriteError } from './writer/elements'
import {
  geSegment,
  gsSegment,
  ieaSegment,
  isaSegment,
  stamp,
  transactionNumber,
  VERSION,
} from './writer/envelope'
import { writeHeader } from './writer/loop1000'
import { writeBillingProvider } from './writer/loop2000a'
import { writePatient, writeSubscriber } from './writer/loop2000b'
import { writeClaimInformation } from './writer/loop2300'
import { MAX_OTHER_SUBSCRIBERS, writeOtherSubscriber } from './writer/loop2320'
import { MAX_LINES, writeServiceLine } from './writer/loop2400'
import { SegmentList } from './writer/segments'

export { X12WriteError } from './writer/elements'
export { formatCents } from './writer/elements'

/** The guide's recommended ceiling of CLM segments in one ST–SE. */
export const MAX_CLAIMS_PER_TRANSACTION = 5000
/** 2300 repeats at most 100 times under one subscriber or patient HL. */
const MAX_CLAIMS_PER_HL = 100

/** How many transaction sets (ST control numbers) `write837` will use for `claimCount` claims. */
export function transactionSetCount(claimCount: number, options: Write837Options = {}): number {
  const per = options.maxClaimsPerTransaction ?? MAX_CLAIMS_PER_TRANSACTION
  return Math.max(1, Math.ceil(claimCount / per))
}

export function write837(
  submission: Submission,
  billing: BillingProvider,
  claims: readonly Claim837[],
  options: Write837Options = {},
): string {
  const ctx = new WriteContext()
  if (claims.length === 0) ctx.fail('2300', 'CLM', 'needs at least one claim to send')
  const perTransaction = options.maxClaimsPerTransaction ?? MAX_CLAIMS_PER_TRANSACTION
  if (!Number.isInteger(perTransaction) || perTransaction < 1) {
    throw new RangeError('maxClaimsPerTransaction must be a positive whole number')
  }
  const lineBreak = options.lineBreak ?? ''
  const when = stamp(ctx, submission.created)

  const end = SEGMENT + lineBreak
  const out: string[] = [
    isaSegment(ctx, submission, when),
    end,
    gsSegment(ctx, submission, when),
    end,
  ]

  const ordered = groupBySubscriber(claims)
  let transactions = 0
  for (let start = 0; start < ordered.length; start += perTransaction) {
    const control = transactionNumber(ctx, submission.transactionControlNumber + transactions)
    const body = writeTransaction(
      ctx,
      submission,
      billing,
      ordered.slice(start, start + perTransaction),
      control,
      when,
    )
    body.writeTo(out, lineBreak)
    transactions++
  }

  out.push(geSegment(transactions, submission.groupControlNumber), end)
  out.push(ieaSegment(submission.interchangeControlNumber), end)
  return out.join('')
}

interface Placed {
  claim: Claim837
  /** 1-based position in the caller's list, for error messages. */
  number: number
  subscriberKey: string
  patientKey: string
}

function writeTransaction(
  ctx: WriteContext,
  submission: Submission,
  billing: BillingProvider,
  claims: readonly Placed[],
  control: string,
  when: ReturnType<typeof stamp>,
): SegmentList {
  const out = new SegmentList()
  out.add('ST', '837', control, VERSION)
  ctx.claimNumber = 0
  writeHeader(out, ctx, submission, when, control)
  writeBillingProvider(out, ctx, billing)

  let hl = 1
  let subscriberHl = 0
  let patientHl = 0
  let underHl = 0
  let previous: Placed | undefined
  for (const placed of claims) {
    ctx.claimNumber = placed.number
    const { claim } = placed
    const self = claim.subscriber.relationship === 'self'
    const newSubscriber =
      previous === undefined ||
      previous.subscriberKey !== placed.subscriberKey ||
      (self && underHl === MAX_CLAIMS_PER_HL)
    if (newSubscriber) {
      subscriberHl = ++hl
      writeSubscriber(out, ctx, subscriberHl, claim)
      underHl = 0
      patientHl = 0
    }
    if (
      !self &&
      (patientHl === 0 ||
        previous?.patientKey !== placed.patientKey ||
        underHl === MAX_CLAIMS_PER_HL)
    ) {
      patientHl = ++hl
      writePatient(out, ctx, patientHl, subscriberHl, claim.subscriber, claim.patient!)
      underHl = 0
    }
    writeClaim(out, ctx, claim)
    underHl++
    previous = placed
  }

  out.add('SE', String(out.count + 1), control)
  return out
}

function writeClaim(out: SegmentList, ctx: WriteContext, claim: Claim837): void {
  const lines = claim.lines
  if (lines.length === 0) ctx.fail('2400', 'LX', 'needs at least one service line')
  if (lines.length > MAX_LINES) {
    ctx.fail('2400', 'LX', `allows at most ${MAX_LINES} lines; split the claim before sending`)
  }
  writeClaimInformation(out, ctx, claim.claim, lines)

  const others = claim.otherSubscribers ?? []
  if (others.length > MAX_OTHER_SUBSCRIBERS) {
    ctx.fail('2320', 'SBR', `allows at most ${MAX_OTHER_SUBSCRIBERS} other payers`)
  }
  for (const other of others) writeOtherSubscriber(out, ctx, other)

  // 2430 SVD01 names an other payer by its 2330B NM109.
  const otherPayerIds = new Set(others.map((o) => o.payer.payerId.trim().toUpperCase()))
  for (let i = 0; i < lines.length; i++) {
    writeServiceLine(out, ctx, i + 1, lines[i]!, claim.claim, otherPayerIds)
  }
}

/**
 * Claims of one subscriber and payer share a 2000B; within it, claims of one patient share a
 * 2000C. Groups keep the order in which they first appear, claims keep the caller's order.
 */
function groupBySubscriber(claims: readonly Claim837[]): Placed[] {
  const groups = new Map<string, Map<string, Placed[]>>()
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!
    if (!claim || !claim.subscriber || !claim.payer || !claim.claim || !claim.lines) {
      throw new X12WriteError(
        'is missing its subscriber, payer, claim or lines',
        '2000B',
        '',
        i + 1,
      )
    }
    if ((claim.subscriber.relationship === 'self') !== (claim.patient === undefined)) {
      throw new X12WriteError(
        claim.patient
          ? '2000C is not used when the patient is the subscriber (relationship self)'
          : '2000C needs the patient: the patient is not the subscriber',
        '2000C',
        'PAT01',
        i + 1,
      )
    }
    const subscriberKey = subscriberKeyOf(claim.subscriber, claim.payer)
    const patientKey = claim.patient ? patientKeyOf(claim.patient, claim.subscriber) : ''
    let patients = groups.get(subscriberKey)
    if (!patients) groups.set(subscriberKey, (patients = new Map()))
    let list = patients.get(patientKey)
    if (!list) patients.set(patientKey, (list = []))
    list.push({ claim, number: i + 1, subscriberKey, patientKey })
  }
  const ordered: Placed[] = []
  for (const patients of groups.values()) {
    for (const list of patients.values()) ordered.push(...list)
  }
  return ordered
}

const SEP = '\u0000'

function addressKey(a: Partial<Subscriber837['address']> | undefined): string {
  if (!a) return ''
  return [a.line1, a.line2, a.city, a.state, a.zip].join(SEP)
}

/** Everything 2000B, 2010BA and 2010BB write: claims sharing it can share the loop. */
function subscriberKeyOf(s: Subscriber837, payer: Payer837): string {
  return [
    s.relationship === 'self' ? 'self' : 'other',
    s.responsibility,
    s.groupNumber,
    s.planName,
    s.insuranceTypeCode,
    s.claimFilingIndicator,
    s.memberId,
    s.name.last,
    s.name.first,
    s.name.middle,
    s.name.suffix,
    s.dob,
    s.sex,
    addressKey(s.address),
    payer.name,
    payer.payerId,
    addressKey(payer.address),
  ].join(SEP)
}

function patientKeyOf(p: Patient837, s: Subscriber837): string {
  return [
    s.relationship,
    p.name.last,
    p.name.first,
    p.name.middle,
    p.name.suffix,
    p.dob,
    p.sex,
    addressKey(p.address),
  ].join(SEP)
}
