import type Database from 'better-sqlite3-multiple-ciphers'
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/schemas/claim'
import { Visit, type VisitInput } from '../../shared/schemas/visit'
import {
  acknowledgeWarning,
  buildClaims,
  listBatches,
  listClaims,
  queueClaims,
  scrubClaim,
  settle,
  voidClaim,
  type Actor,
} from '../claims'
import { readClaim } from '../claims/records'
import { storeCodeBook } from '../visits/codebook'
import { codingProblems } from '../visits/coding'
import { saveVisit, setVisitStatus } from '../visits/records'
import { planDemoVisits, type PlannedVisit } from './plan'
import type { Random } from './random'
import type { DemoChart } from './registration'
import { scheduleSending } from './sending'
import { PART, Timeline, type DemoMoment } from './timeline'

/** The demo directory's record ids, in the order of DEMO_PROVIDERS, _LOCATIONS, _REFERRERS. */
export interface DemoDirectory {
  providers: number[]
  locations: number[]
  referrers: number[]
}

export interface DemoClaimCounts {
  visits: number
  /** Visits not yet coded, so not billed. */
  draftVisits: number
  claims: number
  byStatus: Record<ClaimStatus, number>
  /** Of the drafts: secondary claims held until the primary payer adjudicates. */
  heldSecondary: number
  batches: number
  /** Claims written into those batches' 837 files. */
  claimsSent: number
}

/** A demo visit as entered: its plan, its id, and the claims made from it (primary first). */
export interface VisitRun {
  plan: PlannedVisit
  visit: Visit
  visitId: number
  claimIds: number[]
}

/** What every step of the demo works with. */
export interface DemoWork {
  db: Database.Database
  timeline: Timeline
  runs: VisitRun[]
  /** Who the demo's work is done as. */
  user: string
  actor(moment: DemoMoment): Actor
}

/**
 * Visits for the first patients and their claims, each moved to the state its plan says through
 * the functions the visit and claim screens call: saveVisit and the coding checks, buildClaims
 * and the scrubber, the outbox, 837 batches, the clearinghouse's and payers' answers imported as
 * files (999, 277CA, 835), fix-and-resend, corrections and voids. The caller runs it in one
 * transaction.
 */
export function buildDemoClaims(
  db: Database.Database,
  directory: DemoDirectory,
  charts: readonly DemoChart[],
  rng: Random,
  user: string,
  now: Date,
): DemoClaimCounts {
  const timeline = new Timeline(now)
  const work: DemoWork = {
    db,
    timeline,
    runs: [],
    user,
    actor: (moment) => ({ user, at: moment.at }),
  }
  const book = storeCodeBook(db)

  const enter = (plan: PlannedVisit, m: DemoMoment): VisitRun => {
    const input: VisitInput = {
      patientId: plan.chart.patientId,
      dateOfService: timeline.date(plan.dosAgo),
      renderingProviderId: directory.providers[plan.provider]!,
      locationId: directory.locations[plan.location]!,
      placeOfService: '11',
      referringProviderId: plan.referrer === null ? undefined : directory.referrers[plan.referrer]!,
      priorAuthorization: plan.priorAuthorization ?? undefined,
      diagnoses: plan.content.diagnoses,
      lines: plan.content.lines,
    }
    const visit = Visit.parse(input)
    const run: VisitRun = {
      plan,
      visit,
      visitId: saveVisit(db, undefined, visit, m.at),
      claimIds: [],
    }
    work.runs.push(run)
    if (plan.fate === 'draft') return run
    // visits.markCoded: every code must hold on the date of service.
    const problems = codingProblems(visit, book)
    if (problems.length > 0) {
      throw new Error(
        `Demo visit #${run.visitId} does not pass coding: ${problems.map((p) => p.message).join(' ')}`,
      )
    }
    setVisitStatus(db, run.visitId, 'coded', m.at)
    return run
  }

  // claims.create: build the claims, then scrub each.
  const bill = (run: VisitRun, m: DemoMoment) => {
    run.claimIds = buildClaims(db, run.visitId, work.actor(m)).claimIds
    for (const id of run.claimIds) scrubClaim(db, id, work.actor(m), m.today)
  }

  for (const plan of planDemoVisits(rng, charts, timeline)) {
    let run: VisitRun | undefined
    timeline.on(plan.enteredAgo, PART.visits, (m) => {
      run = enter(plan, m)
    })
    if (plan.fate === 'draft') continue
    timeline.on(plan.enteredAgo, PART.billing, (m) => {
      bill(run!, m)
      if (plan.fate === 'duplicate') {
        // The claim goes to the outbox; then the same visit is keyed in again, and its claim
        // meets the first in the scrubber.
        queueClaims(db, run!.claimIds.slice(0, 1), work.actor(m), m.today)
        bill(enter(plan, m), m)
      }
    })
    if (plan.fate === 'warning-acknowledged') {
      timeline.on(plan.enteredAgo, PART.followUp, (m) => {
        // claims.acknowledge
        const id = run!.claimIds[0]!
        acknowledgeWarning(db, id, 'em.modifier25', work.actor(m))
        settle(
          db,
          readClaim(db, id),
          undefined,
          work.actor(m),
          'Warning em.modifier25 acknowledged',
        )
      })
    }
    if (plan.fate === 'withdrawn') {
      timeline.on(plan.enteredAgo, PART.followUp, (m) => {
        // Withdrawing a primary withdraws the claims held for it too (already voided here).
        for (const id of run!.claimIds) {
          if (readClaim(db, id).status === 'voided') continue
          voidClaim(
            db,
            id,
            "Held for the provider's addendum to the note",
            undefined,
            work.actor(m),
          )
        }
      })
    }
  }
  scheduleSending(work)
  timeline.run()
  return countClaims(db, work.runs, timeline.date(1))
}

function countClaims(
  db: Database.Database,
  runs: readonly VisitRun[],
  today: string,
): DemoClaimCounts {
  const byStatus = Object.fromEntries(
    CLAIM_STATUSES.map((status) => [
      status,
      listClaims(db, { status: [status], offset: 0, limit: 1 }, today).count,
    ]),
  ) as Record<ClaimStatus, number>
  const drafts = listClaims(db, { status: ['draft'], offset: 0, limit: 10_000 }, today).rows
  const batches = listBatches(db, 100)
  return {
    visits: runs.length,
    draftVisits: runs.filter((r) => r.plan.fate === 'draft').length,
    claims: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    heldSecondary: drafts.filter((c) => c.responsibility !== 'primary' && c.errors > 0).length,
    batches: batches.length,
    claimsSent: batches.reduce((sum, b) => sum + b.claimCount, 0),
  }
}
