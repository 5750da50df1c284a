/**
 * Which ledger lines are denials: a payer's adjustment (835 CAS) with a reason that is not the
 * ordinary outcome of a paid claim (the same routine set as the follow-up queue: CO-45, CO-253,
 * PR-1/2/3, OA-23), counted as the amount insurance no longer owes. Reversing lines carry the
 * opposite amount, so dollar sums net out a denial taken back.
 */
import type { ExpressionBuilder } from 'kysely'
import type { StoreSchema } from '../store/schema'

export const ADJUSTMENT_KINDS = [
  'contractual',
  'patient_responsibility',
  'other_adjustment',
] as const

type Eb = ExpressionBuilder<StoreSchema, 'ledger_entries'>

/** A WHERE condition on ledger_entries picking denial lines. */
export function isDenialLine(eb: Eb) {
  return eb.and([
    eb('ledger_entries.kind', 'in', [...ADJUSTMENT_KINDS]),
    eb('ledger_entries.group_code', 'is not', null),
    eb('ledger_entries.claim_id', 'is not', null),
    eb.not(
      eb.or([
        eb.and([
          eb('ledger_entries.group_code', '=', 'CO'),
          eb('ledger_entries.reason_code', 'in', ['45', '253']),
        ]),
        eb.and([
          eb('ledger_entries.group_code', '=', 'PR'),
          eb('ledger_entries.reason_code', 'in', ['1', '2', '3']),
        ]),
        eb.and([
          eb('ledger_entries.group_code', '=', 'OA'),
          eb('ledger_entries.reason_code', '=', '23'),
        ]),
      ]),
    ),
  ])
}
