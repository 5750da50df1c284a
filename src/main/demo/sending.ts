import type Database from 'better-sqlite3-multiple-ciphers'
import { cents } from '../../shared/money'
import { fixAndResend } from '../acknowledgments/worklist'
import {
  correctClaim,
  editClaim,
  makeBatch,
  queueClaims,
  scrubClaim,
  transition,
  voidClaim,
} from '../claims'
import { markBatchSent, unbatchedClaimCount } from '../claims/batch'
import { readClaim } from '../claims/records'
import { findClaimByControlNumber } from '../remits/match'
import { DemoAnswers, payerClaimNumberOf, type DemoDecision } from './answers'
import type { DemoWork, VisitRun } from './claims'
import { ALLOWED_PERCENT, demoCharge } from './fees'
import { BATCH_DAYS, FIRST_BATCH, SECOND_BATCH, type DemoFate } from './plan'
import { PART, type DemoMoment } from './timeline'
import { nextEmLevel } from './visits'

/** Days before today the answers to the first batch came and were worked. */
const REMIT_DAY = 28
const CLOSE_DAY = 27
const CORRECTION_DAY = 20

const fileName = (kind: '999' | '277' | '835', n: number) =>
  `DEMO-${kind}-${String(n).padStart(4, '0')}.x12`

const DECISION: Partial<Record<DemoFate, DemoDecision>> = {
  paid: 'paid',
  corrected: 'paid',
  partial: 'partial',
  denied: 'denied',
}

/** 277CA STC01 for a claim the payer returned: A3 (unprocessable), 33 (subscriber not found). */
const NO_SUCH_MEMBER = 'A3:33:IL'

/**
 * The practice's last six weeks of sending: three days of 837 batches; the clearinghouse's 999s
 * and the payers' 277CAs and 835s for the first two, as files through the inbox; then the
 * follow-up a biller does — a rejected claim fixed and resent, the secondaries the 835 released,
 * a replacement and a void.
 */
export function scheduleSending(work: DemoWork): void {
  const { db, timeline, runs } = work
  const [firstDay, secondDay, thirdDay] = BATCH_DAYS
  const answers = new DemoAnswers(db, work.user)
  const primary = (run: VisitRun) => run.claimIds[0]!
  const pcn = (run: VisitRun) => readClaim(db, primary(run)).patientControlNumber
  const having = (fates: ReadonlySet<DemoFate> | readonly DemoFate[]) => {
    const wanted = new Set(fates)
    return runs.filter((r) => wanted.has(r.plan.fate) && r.claimIds.length > 0)
  }
  const queue = (claimIds: number[], m: DemoMoment) => {
    if (claimIds.length > 0) queueClaims(db, claimIds, work.actor(m), m.today)
  }
  /** The demo practice carried its files to the clearinghouse by hand. */
  const batch = (m: DemoMoment): number | null => {
    if (unbatchedClaimCount(db) === 0) return null
    const made = makeBatch(db, work.actor(m))
    markBatchSent(db, made.batchId, work.actor(m), { via: 'export', where: made.fileName })
    return made.batchId
  }

  // The first day went out as two files; the clearinghouse refused the first one whole.
  let refusedBatch: number | null = null
  let firstBatch: number | null = null
  let first: VisitRun[] = []
  timeline.on(firstDay, PART.queue, (m) => {
    first = having(FIRST_BATCH)
    queue(having(['rejected', 'resent']).map(primary), m)
  })
  timeline.on(firstDay, PART.batch, (m) => {
    refusedBatch = batch(m)
    const refused = new Set(having(['rejected', 'resent']))
    queue(first.filter((r) => !refused.has(r)).map(primary), m)
    firstBatch = batch(m)
  })
  timeline.on(firstDay - 1, PART.remits, (m) => {
    if (refusedBatch !== null) answers.ack999(refusedBatch, m, 'all', fileName('999', 1))
    if (firstBatch !== null) answers.ack999(firstBatch, m, 'none', fileName('999', 2))
  })
  timeline.on(firstDay - 3, PART.remits, (m) => {
    if (firstBatch === null) return
    const reject = Object.fromEntries(
      having(['payer-rejected']).map((r) => [pcn(r), NO_SUCH_MEMBER]),
    )
    answers.ack277(firstBatch, m, { reject, omit: [] }, claimNumberOf(db), fileName('277', 1))
  })
  // The clearinghouse added the payer ID to its list: fix and resend (the Inbox action).
  timeline.on(firstDay - 5, PART.followUp, (m) => {
    for (const run of having(['resent'])) fixAndResend(db, primary(run), work.actor(m), m.today)
  })

  const forSecondBatch: number[] = []
  timeline.on(REMIT_DAY, PART.remits, (m) => {
    const decided = first.filter((run) => DECISION[run.plan.fate])
    answers.remit(
      decided.map((run) => ({
        claimId: primary(run),
        decision: DECISION[run.plan.fate]!,
        allowedPercent: ALLOWED_PERCENT[run.plan.chart.primary!] ?? 60,
      })),
      m,
      (n) => fileName('835', n),
    )
    // Posting the 835 released the held secondaries with the primary's adjudication.
    for (const run of decided) {
      const released = run.claimIds.slice(1).filter((id) => readClaim(db, id).status === 'ready')
      forSecondBatch.push(...released)
    }
  })
  timeline.on(CLOSE_DAY, PART.followUp, (m) => {
    for (const run of having(['paid', 'corrected'])) {
      // Posting closes a claim the payer owes nothing more on; the rest the biller closes.
      if (readClaim(db, primary(run)).status !== 'adjudicated') continue
      transition(db, primary(run), 'closed', {
        ...work.actor(m),
        reason: 'Paid as expected: nothing more is due from this payer',
      })
    }
  })
  timeline.on(CORRECTION_DAY, PART.followUp, (m) => {
    for (const run of having(['corrected'])) forSecondBatch.push(replace(work, run, m))
    for (const run of having(['voided'])) {
      // claims.void: a frequency-8 claim, since the payer has the original.
      const reason = 'The patient left before being seen: the visit should not have been billed'
      const voidId = voidClaim(db, primary(run), reason, undefined, work.actor(m))
      scrubClaim(db, voidId, work.actor(m), m.today)
      // Voiding the primary cancels its held secondary (claims.void does it, saying why).
      forSecondBatch.push(voidId)
    }
  })

  // The second batch: newer visits and the follow-ups above (the resent claims wait queued).
  let secondBatch: number | null = null
  timeline.on(secondDay, PART.queue, (m) => {
    queue([...forSecondBatch, ...having(SECOND_BATCH).map(primary)], m)
  })
  timeline.on(secondDay, PART.batch, (m) => {
    secondBatch = batch(m)
  })
  timeline.on(secondDay - 1, PART.remits, (m) => {
    if (secondBatch !== null) answers.ack999(secondBatch, m, 'none', fileName('999', 3))
  })
  timeline.on(secondDay - 3, PART.remits, (m) => {
    if (secondBatch === null) return
    // Claims the payers have not answered yet stay accepted by the clearinghouse only.
    const omit = having(['accepted']).map(pcn)
    answers.ack277(secondBatch, m, { reject: {}, omit }, claimNumberOf(db), fileName('277', 2))
  })

  // The third batch went out yesterday, unanswered yet; more claims wait in the outbox.
  timeline.on(thirdDay, PART.queue, (m) => queue(having(['submitted']).map(primary), m))
  timeline.on(thirdDay, PART.batch, batch)
  timeline.on(thirdDay, PART.outbox, (m) => queue(having(['queued', 'paper']).map(primary), m))
}

/** The payer's number for an accepted claim, by its patient control number. */
function claimNumberOf(db: Database.Database): (pcn: string) => string {
  return (pcn) => payerClaimNumberOf(findClaimByControlNumber(db, pcn)!.id)
}

/**
 * claims.correct, then claims.edit: a frequency-7 replacement billing the E/M level the note
 * supports; the original (closed) becomes corrected.
 */
function replace(work: DemoWork, run: VisitRun, m: DemoMoment): number {
  const { db } = work
  const em = run.visit.lines[0]!
  const next = nextEmLevel(em.code)
  const reason = next
    ? `The visit note supports ${next}, not ${em.code}`
    : 'Sent again with the visit note the payer asked for'
  const id = correctClaim(db, run.claimIds[0]!, reason, undefined, work.actor(m))
  scrubClaim(db, id, work.actor(m), m.today)
  if (next) {
    const lines = run.visit.lines.map((line, i) =>
      i === 0 ? { ...line, code: next, chargeCents: cents(demoCharge(next)) } : line,
    )
    editClaim(db, id, { diagnoses: run.visit.diagnoses, lines }, work.actor(m))
    scrubClaim(db, id, work.actor(m), m.today)
  }
  return id
}
