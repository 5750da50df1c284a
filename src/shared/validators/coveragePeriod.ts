import { isCalendarDate } from './isoDate'

export const COVERAGE_ORDERS = ['primary', 'secondary', 'tertiary'] as const
export type CoverageOrder = (typeof COVERAGE_ORDERS)[number]

/** The dates on the insurance card; no end date means the coverage is still active. */
export interface CoveragePeriod {
  order: CoverageOrder
  effectiveDate: string
  endDate?: string | null | undefined
}

/** The coverage is in force on `date` (ISO): from its effective date through its end date. */
export function coverageCovers(
  period: Pick<CoveragePeriod, 'effectiveDate' | 'endDate'>,
  date: string,
): boolean {
  return period.effectiveDate <= date && (!period.endDate || period.endDate >= date)
}

export function coverageDatesError(effectiveDate: string, endDate?: string | null): string | null {
  if (!endDate || !isCalendarDate(effectiveDate) || !isCalendarDate(endDate)) return null
  if (endDate < effectiveDate) {
    return 'Coverage ends before it starts — check the dates on the insurance card'
  }
  return null
}

export interface CoverageOverlap {
  order: CoverageOrder
  /** Positions in the list given: the earlier-listed coverage, then the one colliding with it. */
  first: number
  second: number
  from: string
  /** Last shared day; null when both coverages are still open-ended. */
  through: string | null
}

/**
 * Payers coordinate benefits by order, so a patient has at most one active coverage per order
 * (primary, secondary, tertiary) on any date. Returns the first collision found, or null.
 */
export function findCoverageOverlap(coverages: readonly CoveragePeriod[]): CoverageOverlap | null {
  for (let second = 1; second < coverages.length; second++) {
    for (let first = 0; first < second; first++) {
      const a = coverages[first]!
      const b = coverages[second]!
      if (a.order !== b.order) continue
      const from = a.effectiveDate > b.effectiveDate ? a.effectiveDate : b.effectiveDate
      const through = earlierEnd(a.endDate, b.endDate)
      if (through === null || from <= through) {
        return { order: a.order, first, second, from, through }
      }
    }
  }
  return null
}

function earlierEnd(a?: string | null, b?: string | null): string | null {
  if (!a) return b || null
  if (!b) return a
  return a < b ? a : b
}

export function coverageOverlapMessage(overlap: CoverageOverlap): string {
  const dates =
    overlap.through === null
      ? `from ${overlap.from} on`
      : overlap.from === overlap.through
        ? `on ${overlap.from}`
        : `from ${overlap.from} through ${overlap.through}`
  return `Two ${overlap.order} coverages are active ${dates} — a patient has one ${overlap.order} coverage at a time; give the older one an end date or change its order`
}

/** The message naming the order and the shared dates when two coverages of one order overlap. */
export function overlappingCoverageOrders(coverages: readonly CoveragePeriod[]): string | null {
  const overlap = findCoverageOverlap(coverages)
  return overlap ? coverageOverlapMessage(overlap) : null
}
