import type { FeeScheduleEntryInput } from '../../shared/schemas/feeSchedule'
import type { DemoPayerIds, DemoPayerKind } from './directory'

/**
 * A family practice's everyday codes with made-up charges in cents. Expected allowed amounts are
 * a share of the charge per payer, rounded to whole cents: invented, not any payer's real rates.
 */
const CHARGES: readonly [code: string, chargeCents: number][] = [
  ['99202', 12_000],
  ['99203', 17_500],
  ['99204', 26_000],
  ['99205', 33_000],
  ['99211', 4_500],
  ['99212', 9_500],
  ['99213', 15_000],
  ['99214', 21_000],
  ['99215', 29_500],
  ['99395', 24_000],
  ['99396', 26_000],
  ['99397', 28_000],
  ['36415', 1_500],
  ['81002', 1_200],
  ['82962', 1_000],
  ['83036', 3_500],
  ['85025', 2_800],
  ['80053', 4_200],
  ['87880', 3_200],
  ['93000', 6_500],
  ['90471', 4_000],
  ['90686', 4_500],
  ['96372', 4_000],
  ['G0008', 4_000],
  ['J1885', 2_500],
]

/** The practice's charge for one unit of `code`, in cents (the demo bills only these codes). */
export function demoCharge(code: string): number {
  const found = CHARGES.find(([c]) => c === code)
  if (!found) throw new Error(`The demo fee schedule has no ${code}`)
  return found[1]
}

/** Share of the charge each payer is expected to allow, in percent. */
export const ALLOWED_PERCENT: Partial<Record<DemoPayerKind, number>> = {
  MB: 52,
  '16': 55,
  MC: 40,
  BL: 68,
  CI: 72,
}

export function demoFeeSchedule(payers: DemoPayerIds): FeeScheduleEntryInput[] {
  return CHARGES.map(([code, chargeCents]) => ({
    code,
    chargeCents,
    expectedAllowed: Object.entries(ALLOWED_PERCENT).map(([kind, percent]) => ({
      payerId: payers[kind as DemoPayerKind],
      allowedCents: Math.round((chargeCents * percent) / 100),
    })),
  }))
}
