/**
 * Which ledger lines are denials: a payer's adjustment (835 CAS) with a reason that is not the
 * ordinary outcome of a paid claim (the same routine set as the follow-up queue: CO-45, CO-253,
 * PR-1/2/3, OA-23), counted as the amount insurance no longer owes. Reversing lines carry the
 * opposite amount, so dollar sums net out a denial taken back.
 */
import { sql, type ExpressionBuilder } from 'kysely'
import type { StoreSchema } from '../store/schema'

export const ADJUSTMENT_KINDS = [
  'contractual',
  'patient_responsibility',
  'other_adjustment',
] as const

type Eb = ExpressionBuilder<StoreSchema, 'ledger_entries'>

/** `(reason_code = 'a' OR reason_code = 'b')`: values written into the SQL, as the index has them. */
const reasonIs = (eb: Eb, codes: readonly string[]) =>
  eb.or(codes.map((c) => eb('ledger_entries.reason_code', '=', sql.lit(c))))

/**
 * A WHERE condition on ledger_entries picking denial lines. Its values are written into the SQL,
 * term for term as the partial index `ledger_denials` (019_lighter_ledger_indexes) has them:
 * SQLite uses a partial index only for a query that repeats its condition, and a bound parameter
 * does not count as a repeat. Lists are comparisons, not IN: SQLite builds a temporary index for
 * an IN list of more than two values each time a statement runs.
 */
export function isDenialLine(eb: Eb) {
  return eb.and([
    eb.or(ADJUSTMENT_KINDS.map((k) => eb('ledger_entries.kind', '=', sql.lit(k)))),
    eb('ledger_entries.group_code', 'is not', null),
    eb('ledger_entries.claim_id', 'is not', null),
    eb.not(
      eb.or([
        eb.and([eb('ledger_entries.group_code', '=', sql.lit('CO')), reasonIs(eb, ['45', '253'])]),
        eb.and([
          eb('ledger_entries.group_code', '=', sql.lit('PR')),
          reasonIs(eb, ['1', '2', '3']),
        ]),
        eb.and([
          eb('ledger_entries.group_code', '=', sql.lit('OA')),
          eb('ledger_entries.reason_code', '=', sql.lit('23')),
        ]),
      ]),
    ),
  ])
}
