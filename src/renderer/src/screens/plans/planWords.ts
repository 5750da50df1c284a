import type { PlanView } from '../../../../shared/ops/plans'
import { money } from '../payments/money'

/** A stored YYYY-MM-DD date as the office reads it: MM/DD/YYYY. */
export function shownDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-')
  return `${m}/${d}/${y}`
}

export const STATUS_WORDS = {
  paid: 'Paid',
  missed: 'Missed',
  due: 'Next due',
  upcoming: 'Upcoming',
} as const

export const STATUS_COLORS = { paid: 'teal', missed: 'red', due: 'blue', upcoming: 'gray' } as const

/** One line on where the plan stands, as a biller says it. */
export function planState(p: PlanView): { words: string; color: string } {
  if (!p.active) return { words: 'Ended', color: 'gray' }
  if (p.paidOff) return { words: 'Paid off', color: 'teal' }
  if (p.behind) return { words: `Behind: ${money(p.missedCents)} missed`, color: 'red' }
  return { words: 'On track', color: 'teal' }
}
