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

const lit = <T extends string>(values: readonly T[]) => values.map((v) => sql.lit<T>(v))

/**
 * A WHERE condition on ledger_entries picking denial lines. Its values are written into the SQL,
 * term for term as the partial index `ledger_denials` (016_ledger_summaries) has them: SQLite
 * uses a partial index only for a query that repeats its condition, and a bound parameter does
 * not count as a repeat.
 */
export function isDenialLine(eb: Eb) {
  return eb.and([
    eb('ledger_entries.kind', 'in', lit(ADJUSTMENT_KINDS)),
    eb('ledger_entries.group_code', 'is not', null),
    eb('ledger_entries.claim_id', 'is not', null),
    eb.not(
      eb.or([
        eb.and([
          eb('ledger_entries.group_code', '=', sql.lit('CO')),
          eb('ledger_entries.reason_code', 'in', lit(['45', '253'])),
        ]),
        eb.and([
          eb('ledger_entries.group_code', '=', sql.lit('PR')),
          eb('ledger_entries.reason_code', 'in', lit(['1', '2', '3'])),
        ]),
        eb.and([
          eb('ledger_entries.group_code', '=', sql.lit('OA')),
          eb('ledger_entries.reason_code', '=', sql.lit('23')),
        ]),
      ]),
    ),
  ])
}
