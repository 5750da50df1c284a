import type { OpInput, OpName, OpOutput } from '../../shared/api'
import { roleMay } from '../../shared/permissions'
import { DomainError } from '../errors'
import type { Session } from '../api/session'
import type { Office } from '../office'
import {
  DEMO_LOCATIONS,
  DEMO_PAYERS,
  DEMO_PRACTICE,
  DEMO_PROVIDERS,
  DEMO_REFERRERS,
  type DemoPayerIds,
  type DemoPayerKind,
} from './directory'
import { buildDemoClaims, type DemoClaimCounts, type DemoDirectory } from './claims'
import { demoFeeSchedule } from './fees'
import { seededRandom } from './random'
import { registerDemoPatients, type DemoPatientCounts } from './registration'

/** A router call that answers with the value or throws the refusal. */
export type Call = <N extends OpName>(name: N, input: OpInput<N>) => Promise<OpOutput<N>>

export interface DemoContext {
  office: Office
  session: Session
  call: Call
}

export interface DemoSummary extends DemoPatientCounts {
  practice: string
  providers: number
  locations: number
  referrers: number
  payers: number
  fees: number
  claims: DemoClaimCounts
  ms: number
}

export const DEFAULT_DEMO_SEED = 20_250_101

/**
 * Visits and claims are made for the first patients only, so a demo of 50,000 patients builds
 * as fast as one of 300 plus its registrations.
 */
export const DEMO_BILLED_PATIENTS = 300

/** Mixed into the seed so the visits' random stream is not the patients' one. */
const VISIT_STREAM = 0x5eed_c1a1

/**
 * Fills an empty practice with the demo: profile, providers, locations, referrers, payers and fee
 * schedule through the router (checked and audited like anyone's edits), then `patients` fake
 * patients, visits for the first few hundred of them and claims in every state, in one
 * transaction. The session must be signed in as someone who may import patients and bill.
 */
export async function buildDemoPractice(
  ctx: DemoContext,
  opts: { patients: number; seed?: number },
): Promise<DemoSummary> {
  const started = performance.now()
  const user = ctx.session.user
  const needed = ['patients.import', 'practice.manage', 'visits.write', 'claims.submit'] as const
  if (!user || !needed.every((permission) => roleMay(user.role, permission))) {
    throw new DomainError(
      'forbidden',
      'Only an administrator or a biller can build the demo practice.',
    )
  }
  if ((await ctx.call('patients.search', { text: '', limit: 1 })).length > 0) {
    throw new DomainError(
      'conflict',
      'This practice already has patients, so the demo will not be added to it — use an empty --data folder.',
    )
  }
  const practice = await ctx.call('practice.update', DEMO_PRACTICE)

  // Reuse what an interrupted earlier run already saved, so running the demo again just finishes.
  const providers = await ctx.call('providers.list', { includeInactive: true })
  const directory: DemoDirectory = { providers: [], locations: [], referrers: [] }
  for (const record of DEMO_PROVIDERS) {
    const found = providers.find((p) => p.record.npi === record.npi)
    directory.providers.push(found ? found.id : (await ctx.call('providers.save', { record })).id)
  }
  const locations = await ctx.call('locations.list', { includeInactive: true })
  for (const record of DEMO_LOCATIONS) {
    const found = locations.find((l) => l.record.name === record.name)
    directory.locations.push(found ? found.id : (await ctx.call('locations.save', { record })).id)
  }
  const referrers = await ctx.call('referrers.list', { includeInactive: true })
  for (const record of DEMO_REFERRERS) {
    const found = referrers.find((r) => r.record.npi === record.npi)
    directory.referrers.push(found ? found.id : (await ctx.call('referrers.save', { record })).id)
  }
  const payers = await demoPayers(ctx.call)
  const fees = demoFeeSchedule(payers)
  for (const entry of fees) await ctx.call('fees.save', entry)

  const seed = opts.seed ?? DEFAULT_DEMO_SEED
  const { db } = ctx.office.store
  const now = ctx.office.clock()
  // Patients, visits and claims go in together or not at all, so a failed run can be run again.
  const { counts, claims } = db.transaction(() => {
    const registered = registerDemoPatients(
      db,
      payers,
      opts.patients,
      seed,
      now.toISOString(),
      DEMO_BILLED_PATIENTS,
    )
    const rng = seededRandom((seed ^ VISIT_STREAM) >>> 0)
    return {
      counts: registered.counts,
      claims: buildDemoClaims(db, directory, registered.charts, rng, user.username, now),
    }
  })()
  // One entry per batch of records: it holds no chart data, only that the demo made them.
  ctx.office.audit(ctx.session, 'demo.patients', { detail: { patients: counts.patients, seed } })
  ctx.office.audit(ctx.session, 'demo.claims', {
    detail: { visits: claims.visits, claims: claims.claims, batches: claims.batches },
  })
  return {
    practice: practice.name,
    providers: DEMO_PROVIDERS.length,
    locations: DEMO_LOCATIONS.length,
    referrers: DEMO_REFERRERS.length,
    payers: Object.keys(DEMO_PAYERS).length,
    fees: fees.length,
    ...counts,
    claims,
    ms: Math.round(performance.now() - started),
  }
}

/** The demo payers' ids, saving those not on file yet (matched by payer name). */
export async function demoPayers(call: Call): Promise<DemoPayerIds> {
  const onFile = await call('payers.list', { includeInactive: true })
  const ids: Partial<DemoPayerIds> = {}
  for (const [kind, record] of Object.entries(DEMO_PAYERS) as [
    DemoPayerKind,
    (typeof DEMO_PAYERS)[DemoPayerKind],
  ][]) {
    const found = onFile.find((p) => p.record.name === record.name)
    ids[kind] = found ? found.id : (await call('payers.save', { record })).id
  }
  return ids as DemoPayerIds
}
