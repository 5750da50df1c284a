import type { ExpressionBuilder } from 'kysely'
import type { CodeSetName } from '../../shared/ops/codes'
import type { StoreSchema } from '../store/schema'

type Eb = ExpressionBuilder<StoreSchema, 'codes'>

/** Rows valid on a date of service: started on or before it, not ended before it. */
export function validOn(date: string) {
  return (eb: Eb) =>
    eb.and([
      eb('codes.effective_date', '<=', date),
      eb.or([eb('codes.end_date', 'is', null), eb('codes.end_date', '>=', date)]),
    ])
}

/** Without a date of service each code shows once, as its most recent period describes it. */
export function isLatestPeriod(eb: Eb) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom('codes as later')
        .select('later.id')
        .whereRef('later.list', '=', 'codes.list')
        .whereRef('later.code', '=', 'codes.code')
        .whereRef('later.effective_date', '>', 'codes.effective_date'),
    ),
  )
}

/** Seven set parameters, the chosen sets repeated: one statement whatever the sets asked for. */
export const SET_SLOTS = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'] as const
export type SetSlot = (typeof SET_SLOTS)[number]

export function setSlots(sets: readonly CodeSetName[]): Record<SetSlot, CodeSetName | undefined> {
  return Object.fromEntries(
    SET_SLOTS.map((slot, index) => [slot, sets[index % sets.length]]),
  ) as Record<SetSlot, CodeSetName | undefined>
}
