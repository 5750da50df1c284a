import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'

/** What billing the coded visits did, visit by visit, for the person to read. */
export interface BillingRun {
  visits: number
  claims: number
  /** Visits with no coverage on the date: no claim, the charges go on the statement. */
  selfPay: { visitId: number; who: string; message: string }[]
  failed: { visitId: number; who: string; message: string }[]
  /** More coded visits are waiting than one run takes. */
  more: boolean
}

const RUN_LIMIT = 500

/**
 * Bills every coded visit, one claims.create each (main decides the payers, the splits and the
 * self-pay visits); a refusal for one visit does not stop the others.
 */
export async function billCodedVisits(
  onProgress: (done: number, of: number) => void,
): Promise<BillingRun> {
  const visits = await call('visits.list', { status: 'coded', limit: RUN_LIMIT })
  const run: BillingRun = {
    visits: visits.length,
    claims: 0,
    selfPay: [],
    failed: [],
    more: visits.length === RUN_LIMIT,
  }
  for (const [i, v] of visits.entries()) {
    onProgress(i, visits.length)
    const who = `${v.patientName}, ${v.dateOfService}`
    try {
      const made = await call('claims.create', { visitId: v.visitId })
      run.claims += made.claims.length
      if (made.claims.length === 0)
        run.selfPay.push({ visitId: v.visitId, who, message: made.message })
    } catch (e) {
      run.failed.push({ visitId: v.visitId, who, message: messageOf(e) })
    }
  }
  onProgress(visits.length, visits.length)
  return run
}

export function billingSummary(run: BillingRun): string {
  if (run.visits === 0) return 'No coded visits are waiting to be billed.'
  const billed = run.visits - run.selfPay.length - run.failed.length
  const parts = [
    `Made ${run.claims} ${run.claims === 1 ? 'claim' : 'claims'} from ${billed} ${billed === 1 ? 'visit' : 'visits'}`,
  ]
  if (run.selfPay.length > 0) {
    parts.push(
      `skipped ${run.selfPay.length} self-pay ${run.selfPay.length === 1 ? 'visit' : 'visits'}`,
    )
  }
  if (run.failed.length > 0) parts.push(`${run.failed.length} could not be billed`)
  return parts.join('; ') + '.' + (run.more ? ' More coded visits are waiting: run it again.' : '')
}
