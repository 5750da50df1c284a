import type { FindingSeverity } from '../../../shared/schemas/claim'
import type { ClaimLine, ClaimRecord } from '../claim'

/** The code sets as the scrubber sees them, for a date of service. */
export type ScrubCodeSet = 'icd10cm' | 'hcpcs' | 'cpt' | 'modifier' | 'pos'

export interface ScrubCodes {
  /** The code's entry on the date (category headers included, billable false), or null. */
  entry(set: ScrubCodeSet, code: string, date: string): { billable: boolean } | null
  /** Why the code cannot go on a claim on that date, in words a biller can act on, or null. */
  problem(set: ScrubCodeSet, code: string, date: string): string | null
  /** Whether any code of the set is loaded (CPT is the practice's own licensed list). */
  loaded(set: ScrubCodeSet): boolean
  /** Procedure codes the practice charges for: taken as CPT when no CPT list is loaded. */
  onFeeSchedule(code: string): boolean
}

/** Another claim of the same visit, to an earlier payer (the primary of a secondary claim). */
export interface EarlierClaim {
  claimId: number
  patientControlNumber: string
  responsibility: ClaimRecord['responsibility']
  status: ClaimRecord['status']
  splitPart: number
}

/** A line of another claim for the same patient, date of service and payer. */
export interface LookalikeLine {
  patientControlNumber: string
  code: string
  renderingProviderId: number
}

/** Everything a rule may look at; rules read it and never touch the store. */
export interface ScrubContext {
  claim: ClaimRecord
  lines: readonly ClaimLine[]
  /** The practice's calendar day, YYYY-MM-DD. */
  today: string
  codes: ScrubCodes
  earlier: readonly EarlierClaim[]
  lookalikes: readonly LookalikeLine[]
  /** The earlier payer forwarded this claim itself (835 CLP02 19/20/21), when it did. */
  crossover?: { payerName: string; fromPatientControlNumber: string } | null
}

/** What a rule found: what is wrong and how to fix it, and where the screen should jump. */
export interface RuleHit {
  message: string
  field: string
}

export interface ScrubRule {
  /** Stable id, stored with findings and used to acknowledge a warning: 'npi.billing'. */
  id: string
  /** An error blocks the claim; a warning must be acknowledged before the claim is ready. */
  severity: FindingSeverity
  /** One line for the list of rules. */
  summary: string
  check(ctx: ScrubContext): RuleHit[]
}

export function rule(spec: ScrubRule): ScrubRule {
  return spec
}

export function hit(field: string, message: string): RuleHit {
  return { field, message }
}

/** "Line 3" for the 0-based index 2: people count lines from 1, field paths from 0. */
export function lineLabel(index: number): string {
  return `Line ${index + 1}`
}
