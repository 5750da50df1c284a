import { DEMO_PAYERS, type DemoPayerKind } from './directory'
import type { Random } from './random'
import type { DemoChart } from './registration'
import { demoVisitContent, pickVisitKind, type VisitContent, type VisitKind } from './visits'

/**
 * Where each demo visit's claim ends up, so a new user sees every state of a claim at once.
 * 837 batches go out BATCH_DAYS[0], [1] and [2] days before today, and the answers come back as
 * 999, 277CA and 835 files through the inbox (see answers.ts):
 * - sent on the first day: 'paid' and 'partial' (a line denied; both closed by the 835's
 *   posting), 'denied' (adjudicated, to be worked), 'awaiting-remit' (acknowledged by the
 *   payer), 'payer-rejected' (277CA), and in a file of their own that the clearinghouse's 999
 *   rejected: 'rejected' and 'resent' (fixed and sent again in the second batch),
 *   'corrected' (paid, then replaced by a frequency-7 claim) and 'voided' (then voided by a
 *   frequency-8 claim);
 * - sent in the second: 'accepted' (999 only) and 'acknowledged' (999 and 277CA);
 * - sent in the third, yesterday: 'submitted'; in the outbox for the next: 'queued'; in the
 *   print queue for a CMS-1500 by mail: 'paper' (a payer that takes paper claims only);
 * - not sent: 'ready', and those the scrubber holds: 'no-auth' (prior authorization missing),
 *   'no-modifier-25', 'duplicate' (the visit entered twice), 'late' (timely filing nearly
 *   over); 'warning-acknowledged' (ready once the biller accepted the warning); 'withdrawn'
 *   (voided before it was sent);
 * - 'draft': a visit not yet coded, so no claim.
 */
export const DEMO_FATES = [
  'paid',
  'partial',
  'denied',
  'awaiting-remit',
  'payer-rejected',
  'rejected',
  'resent',
  'corrected',
  'voided',
  'accepted',
  'acknowledged',
  'submitted',
  'queued',
  'ready',
  'no-auth',
  'no-modifier-25',
  'duplicate',
  'late',
  'paper',
  'warning-acknowledged',
  'withdrawn',
  'draft',
] as const
export type DemoFate = (typeof DEMO_FATES)[number]

/** Days before today the practice sent its three 837 batches. */
export const BATCH_DAYS = [45, 12, 1] as const

export const FIRST_BATCH: ReadonlySet<DemoFate> = new Set([
  'paid',
  'partial',
  'denied',
  'awaiting-remit',
  'payer-rejected',
  'rejected',
  'resent',
  'corrected',
  'voided',
])
export const SECOND_BATCH: ReadonlySet<DemoFate> = new Set(['accepted', 'acknowledged'])

/** Dates of service, in days before today, for each fate (a visit is billed the same day). */
const WINDOW: Record<Exclude<DemoFate, 'late'>, readonly [number, number]> = {
  paid: [47, 75],
  partial: [47, 75],
  denied: [47, 75],
  'awaiting-remit': [47, 75],
  'payer-rejected': [47, 75],
  rejected: [47, 75],
  resent: [47, 75],
  corrected: [47, 75],
  voided: [47, 75],
  accepted: [14, 40],
  acknowledged: [14, 40],
  submitted: [2, 10],
  queued: [1, 8],
  ready: [1, 20],
  'no-auth': [1, 20],
  'no-modifier-25': [1, 20],
  duplicate: [1, 20],
  paper: [1, 20],
  'warning-acknowledged': [1, 20],
  withdrawn: [1, 20],
  draft: [1, 3],
}

/** How many visits get each fate: a share of the visits, at least `min`; the rest are 'ready'. */
const QUOTAS: readonly [fate: DemoFate, share: number, min: number][] = [
  // Ordered so that a small demo still shows every state before the shares run out.
  ['paid', 0.1, 1],
  ['corrected', 0.01, 1],
  ['voided', 0.01, 1],
  ['partial', 0.02, 1],
  ['denied', 0.02, 1],
  ['awaiting-remit', 0.04, 1],
  ['rejected', 0, 1],
  ['accepted', 0.04, 1],
  ['submitted', 0.06, 1],
  ['queued', 0.06, 1],
  ['draft', 0.03, 2],
  ['no-modifier-25', 0.01, 1],
  ['no-auth', 0.006, 1],
  ['payer-rejected', 0, 1],
  ['resent', 0, 1],
  ['acknowledged', 0.05, 1],
  ['late', 0, 1],
  ['warning-acknowledged', 0, 1],
  ['duplicate', 0, 1],
  ['withdrawn', 0, 1],
]

/** At least this share of the visits stays clean and ready, however small the demo. */
const READY_SHARE = 0.4

export interface PlannedVisit {
  chart: DemoChart
  fate: DemoFate
  /** Date of service, in days before today. */
  dosAgo: number
  /** When it was entered and billed: the same day, except a late one. */
  enteredAgo: number
  /** Indexes into DEMO_PROVIDERS, DEMO_LOCATIONS and DEMO_REFERRERS. */
  provider: number
  location: number
  referrer: number | null
  priorAuthorization: string | null
  content: VisitContent
}

/** The practice's calendar, counted back from today. */
export interface DemoCalendar {
  /** YYYY-MM-DD, `ago` days before today. */
  date(ago: number): string
  weekend(ago: number): boolean
}

const ageOn = (dob: string, date: string): number => {
  const years = Number(date.slice(0, 4)) - Number(dob.slice(0, 4))
  return date.slice(5) < dob.slice(5) ? years - 1 : years
}

function eligible(fate: DemoFate, chart: DemoChart, nth: number): boolean {
  const primary = chart.primary as DemoPayerKind
  const payer = DEMO_PAYERS[primary]
  if (fate === 'no-auth') return payer.requiresPriorAuthorization === true
  if (fate === 'late') return (payer.timelyFilingDays ?? 365) <= 180
  // The first paid claim has a secondary behind it, released once the primary pays.
  if (fate === 'paid' && nth === 0) return chart.secondary !== null
  // A replaced primary holds its secondary again until the replacement is adjudicated.
  if (fate === 'corrected') return chart.secondary === null
  return true
}

function shuffle<T>(rng: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/**
 * About 1.5 visits per insured patient of `charts`, each given a fate, a date of service that
 * fits it (a weekday, one visit a day per patient) and realistic codes.
 */
export function planDemoVisits(
  rng: Random,
  charts: readonly DemoChart[],
  calendar: DemoCalendar,
): PlannedVisit[] {
  const slots: DemoChart[] = []
  for (const chart of charts) {
    if (!chart.primary) continue
    const visits = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0)
    for (let i = 0; i < visits; i++) slots.push(chart)
  }
  shuffle(rng, slots)

  // Workers' comp takes paper claims only: its visits wait for a printed CMS-1500.
  const fates = new Map<number, DemoFate>()
  slots.forEach((chart, i) => {
    if (chart.primary === 'WC') fates.set(i, 'paper')
  })
  const electronic = slots.length - fates.size
  let budget = electronic - Math.floor(electronic * READY_SHARE)
  for (const [fate, share, min] of QUOTAS) {
    const count = Math.max(min, Math.round(electronic * share))
    for (let nth = 0; nth < count && budget > 0; nth++) {
      let i = slots.findIndex((chart, k) => !fates.has(k) && eligible(fate, chart, nth))
      if (i < 0 && fate === 'paid') i = slots.findIndex((_, k) => !fates.has(k))
      if (i < 0) break
      fates.set(i, fate)
      budget--
    }
  }

  const taken = new Set<string>()
  const planned = slots.map((chart, i): PlannedVisit => {
    const fate = fates.get(i) ?? 'ready'
    const payer = DEMO_PAYERS[chart.primary!]
    let dosAgo: number
    if (fate === 'late') dosAgo = (payer.timelyFilingDays ?? 365) - 10
    else dosAgo = rng.int(...WINDOW[fate])
    // Shifting to an earlier day never breaks a fate: every step still comes after the visit.
    while (calendar.weekend(dosAgo) || taken.has(`${chart.patientId}:${dosAgo}`)) dosAgo++
    taken.add(`${chart.patientId}:${dosAgo}`)

    const patient = {
      age: ageOn(chart.dob, calendar.date(dosAgo)),
      medicare: chart.primary === 'MB' || chart.primary === '16',
    }
    let kind: VisitKind = pickVisitKind(rng, patient)
    if (fate === 'no-modifier-25' || fate === 'warning-acknowledged') kind = 'injection'
    // A replacement claim corrects the E/M level: start from a level that has one above it.
    if (fate === 'corrected') kind = 'acute'
    const content = demoVisitContent(
      rng,
      patient,
      kind,
      fate !== 'no-modifier-25' && fate !== 'warning-acknowledged',
    )
    const needsAuth = payer.requiresPriorAuthorization === true && fate !== 'no-auth'
    return {
      chart,
      fate,
      dosAgo,
      enteredAgo: fate === 'late' ? 2 : dosAgo,
      provider: rng.pick([0, 0, 1, 1, 2]),
      location: rng.chance(0.3) ? 1 : 0,
      referrer: rng.chance(0.08) ? rng.int(0, 1) : null,
      priorAuthorization: needsAuth
        ? `FAKEAUTH${String(chart.patientId).padStart(5, '0')}${String(dosAgo).padStart(2, '0')}`
        : null,
      content,
    }
  })
  // Oldest first, so visit numbers follow the dates they were entered.
  return planned
    .map((visit, order) => ({ visit, order }))
    .sort((a, b) => b.visit.enteredAgo - a.visit.enteredAgo || a.order - b.order)
    .map(({ visit }) => visit)
}
