import { cents, formatCents, type Cents } from '../../shared/money'
import type { ClaimOutcome, ClaimStatus } from '../../shared/schemas/claim'
import {
  correctClaim,
  editClaim,
  makeBatch,
  queueClaims,
  recordPriorPayment,
  scrubClaim,
  transition,
  voidClaim,
  type TransitionNote,
} from '../claims'
import type { PriorAdjudication } from '../claims/claim'
import { markBatchSent } from '../claims/batch'
import { readClaim } from '../claims/records'
import type { DemoWork, VisitRun } from './claims'
import type { DemoPayerKind } from './directory'
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

/** The payer's own claim number a 277CA gives back: made up, and says so. */
const payerClaimNumber = (claimId: number) => `FAKEICN${String(claimId).padStart(8, '0')}`

const OUTCOME: Partial<Record<DemoFate, ClaimOutcome>> = {
  paid: 'paid',
  corrected: 'paid',
  partial: 'partial',
  denied: 'denied',
}

/**
 * What the payer's 835 said, balanced as 837P loop 2320 needs it (paid + adjustments = charge):
 * the contractual write-down to the demo's allowed amount (CO-45), then coinsurance (PR-2) or
 * deductible (PR-1) for the patient; a denial adjusts the whole charge (CO-50).
 */
export function demoAdjudication(
  total: Cents,
  payer: DemoPayerKind,
  outcome: ClaimOutcome,
  adjudicatedOn: string,
): { adjudication: PriorAdjudication; patientCents: Cents } {
  if (outcome === 'denied') {
    return {
      adjudication: {
        paidCents: cents(0),
        adjudicatedOn,
        adjustments: [{ group: 'CO', reason: '50', amountCents: total }],
      },
      patientCents: cents(0),
    }
  }
  const allowed = Math.round((total * (ALLOWED_PERCENT[payer] ?? 60)) / 100)
  const paid = Math.round(allowed * (outcome === 'paid' ? 0.8 : 0.35))
  const adjustments = [
    { group: 'CO' as const, reason: '45', amountCents: cents(total - allowed) },
    {
      group: 'PR' as const,
      reason: outcome === 'paid' ? '2' : '1',
      amountCents: cents(allowed - paid),
    },
  ].filter((a) => a.amountCents > 0)
  return {
    adjudication: { paidCents: cents(paid), adjudicatedOn, adjustments },
    patientCents: cents(allowed - paid),
  }
}

function remitReason(
  outcome: ClaimOutcome,
  remit: ReturnType<typeof demoAdjudication>,
  total: Cents,
): string {
  if (outcome === 'denied') {
    return '835: denied as not medically necessary (CARC 50) — appeal it or bill the patient'
  }
  const paid = `${formatCents(remit.adjudication.paidCents)} of ${formatCents(total)}`
  const patient = formatCents(remit.patientCents)
  return outcome === 'paid'
    ? `835: paid ${paid}; ${patient} is the patient's coinsurance`
    : `835: partly paid, ${paid}; ${patient} went to the patient's deductible`
}

/**
 * The practice's last six weeks of sending: three 837 batches, the clearinghouse's 999s and the
 * payers' 277CAs and 835 for the first two, then the follow-up a biller does — a rejected claim
 * fixed and resent, secondaries released once the primary paid, a replacement and a void.
 */
export function scheduleSending(work: DemoWork): void {
  const { db, timeline, runs } = work
  const [firstDay, secondDay, thirdDay] = BATCH_DAYS
  const primary = (run: VisitRun) => run.claimIds[0]!
  const having = (fates: ReadonlySet<DemoFate> | readonly DemoFate[]) => {
    const wanted = new Set(fates)
    return runs.filter((r) => wanted.has(r.plan.fate) && r.claimIds.length > 0)
  }
  const move = (
    claimId: number,
    to: ClaimStatus,
    m: DemoMoment,
    note: Omit<TransitionNote, 'user' | 'at'>,
  ) => transition(db, claimId, to, { ...work.actor(m), ...note })
  const queue = (claimIds: number[], m: DemoMoment) => {
    if (claimIds.length > 0) queueClaims(db, claimIds, work.actor(m), m.today)
  }
  let readyToSend = false
  const batch = (m: DemoMoment) => {
    if (!readyToSend) return
    // The demo practice carried its files to the clearinghouse by hand.
    const made = makeBatch(db, work.actor(m))
    markBatchSent(db, made.batchId, work.actor(m), { via: 'export', where: made.fileName })
  }

  // The first batch, and what came back for it.
  let first: VisitRun[] = []
  timeline.on(firstDay, PART.queue, (m) => {
    first = having(FIRST_BATCH)
    queue(first.map(primary), m)
    readyToSend = first.length > 0
  })
  timeline.on(firstDay, PART.batch, batch)
  timeline.on(firstDay - 1, PART.remits, (m) => {
    for (const run of first) {
      if (run.plan.fate === 'rejected') {
        move(primary(run), 'rejected', m, {
          reason:
            "999: rejected (IK5*R) — the subscriber's date of birth does not match the payer's file",
          sourceFile: fileName('999', 1),
        })
      } else if (run.plan.fate === 'resent') {
        move(primary(run), 'rejected', m, {
          reason:
            "999: rejected (IK5*R) — the payer ID was missing from the clearinghouse's list that day",
          sourceFile: fileName('999', 1),
        })
      } else {
        move(primary(run), 'accepted', m, {
          reason: '999: accepted by the clearinghouse (IK5*A)',
          sourceFile: fileName('999', 1),
        })
      }
    }
  })
  timeline.on(firstDay - 3, PART.remits, (m) => {
    for (const run of first) {
      if (run.plan.fate === 'rejected' || run.plan.fate === 'resent') continue
      if (run.plan.fate === 'payer-rejected') {
        move(primary(run), 'payer_rejected', m, {
          reason:
            '277CA: returned by the payer (STC A3) — no member under this ID on the date of service',
          sourceFile: fileName('277', 1),
        })
      } else {
        move(primary(run), 'acknowledged', m, {
          reason: '277CA: accepted for adjudication (STC A1:20)',
          sourceFile: fileName('277', 1),
          payerClaimControlNumber: payerClaimNumber(primary(run)),
        })
      }
    }
  })

  const forSecondBatch: number[] = []
  timeline.on(firstDay - 5, PART.followUp, (m) => {
    for (const run of having(['resent'])) {
      move(primary(run), 'draft', m, {
        reason: 'The clearinghouse added the payer ID to its list: send it again',
      })
      scrubClaim(db, primary(run), work.actor(m), m.today)
      forSecondBatch.push(primary(run))
    }
  })
  timeline.on(REMIT_DAY, PART.remits, (m) => {
    for (const run of first) {
      const outcome = OUTCOME[run.plan.fate]
      if (!outcome) continue
      const claim = readClaim(db, primary(run))
      const remit = demoAdjudication(claim.totalCents, run.plan.chart.primary!, outcome, m.today)
      move(claim.id, 'adjudicated', m, {
        reason: remitReason(outcome, remit, claim.totalCents),
        sourceFile: fileName('835', 1),
        outcome,
      })
      // The seam remittance posting will use: the payment goes on the held secondary claims.
      const released = recordPriorPayment(
        db,
        {
          visitId: run.visitId,
          splitPart: 1,
          responsibility: 'primary',
          adjudication: remit.adjudication,
        },
        work.actor(m),
        m.today,
      )
      forSecondBatch.push(...released.filter((id) => readClaim(db, id).status === 'ready'))
    }
  })
  timeline.on(CLOSE_DAY, PART.followUp, (m) => {
    for (const run of having(['paid', 'corrected'])) {
      move(primary(run), 'closed', m, {
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

  // The second batch: newer visits and the follow-ups above.
  let second: number[] = []
  timeline.on(secondDay, PART.queue, (m) => {
    second = [...forSecondBatch, ...having(SECOND_BATCH).map(primary)]
    queue(second, m)
    readyToSend = second.length > 0
  })
  timeline.on(secondDay, PART.batch, batch)
  timeline.on(secondDay - 1, PART.remits, (m) => {
    for (const id of second) {
      move(id, 'accepted', m, {
        reason: '999: accepted by the clearinghouse (IK5*A)',
        sourceFile: fileName('999', 2),
      })
    }
  })
  timeline.on(secondDay - 3, PART.remits, (m) => {
    const waiting = new Set(having(['accepted']).map(primary))
    for (const id of second) {
      if (waiting.has(id)) continue
      move(id, 'acknowledged', m, {
        reason: '277CA: accepted for adjudication (STC A1:20)',
        sourceFile: fileName('277', 2),
        payerClaimControlNumber: payerClaimNumber(id),
      })
    }
  })

  // The third batch went out yesterday, unanswered yet; more claims wait in the outbox.
  timeline.on(thirdDay, PART.queue, (m) => {
    const third = having(['submitted']).map(primary)
    queue(third, m)
    readyToSend = third.length > 0
  })
  timeline.on(thirdDay, PART.batch, batch)
  timeline.on(thirdDay, PART.outbox, (m) => queue(having(['queued']).map(primary), m))
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
