import { dayAfter, dayBefore, earlierEnd, later } from './days'

/** One stored validity period of a code (a `codes` row). */
export interface Period {
  /** Null for a row this import will insert. */
  id: number | null
  billable: boolean
  shortDescription: string | null
  longDescription: string
  effective: string
  end: string | null
  /** Null for the version being imported. */
  versionId: number | null
}

/** A code as the new file lists it. */
export interface Listing {
  billable: boolean
  shortDescription: string | null
  longDescription: string
  /** The file's own dates for the code (HCPCS added and termination dates), when it has them. */
  effective?: string | null
  end?: string | null
}

/**
 * The days the new file speaks for: from its effective date until the day before the next newer
 * version of the same list (open-ended when it is the newest). Importing an older list after a
 * newer one therefore fills in the past without disturbing the present.
 */
export interface Window {
  from: string
  to: string | null
  /**
   * The first day the file may speak for: `from`, unless no older version of the list is loaded,
   * in which case a code's own start date (an HCPCS code added in 1984, or ended in 2024) counts.
   */
  earliest: string
}

export type Outcome = 'added' | 'closed' | 'revised' | 'unchanged' | 'absent'

export interface CodePlan {
  outcome: Outcome
  inserts: Period[]
  updates: { id: number; effective: string; end: string | null }[]
  /** Stored periods to remove, as they were (the search index needs their text to unindex them). */
  deletes: Period[]
}

const NOTHING_TO_DO = { inserts: [], updates: [], deletes: [] }

/**
 * What one code's periods become when the file is loaded: within the window the file alone
 * decides (listed → valid, absent → not), outside it nothing moves. Adjacent periods with the
 * same text join, so a code listed unchanged year after year stays one row.
 */
export function planCode(
  existing: readonly Period[],
  listing: Listing | undefined,
  window: Window,
): CodePlan {
  const before = existing.find((period) => covers(period, window.from))
  const piece = listing ? pieceInWindow(listing, window) : null
  const outcome = outcomeOf(before, listing, piece)
  if (outcome === 'absent') return { outcome, ...NOTHING_TO_DO }
  if (
    before &&
    piece &&
    sameText(before, piece) &&
    spansWindow(before, window) &&
    isWholeWindow(piece, window)
  ) {
    return { outcome, ...NOTHING_TO_DO }
  }

  const rows = existing.map((period) => ({ ...period }))
  const deleted = new Set<Period>()
  for (const row of rows.filter((period) => overlaps(period, window))) {
    const keepsLeft = row.effective < window.earliest
    const keepsRight = window.to !== null && (row.end === null || row.end > window.to)
    if (keepsLeft && keepsRight && window.to !== null) {
      rows.push({ ...row, id: null, effective: dayAfter(window.to) })
      row.end = dayBefore(window.earliest)
    } else if (keepsLeft) row.end = dayBefore(window.earliest)
    else if (keepsRight && window.to !== null) row.effective = dayAfter(window.to)
    else deleted.add(row)
  }

  if (piece) {
    const live = rows.filter((row) => !deleted.has(row) && sameText(row, piece))
    const left = live.find((row) => row.end !== null && row.end === dayBefore(piece.effective))
    const right =
      piece.end === null ? undefined : live.find((row) => row.effective === dayAfter(piece.end!))
    if (left && right) {
      left.end = right.end
      deleted.add(right)
    } else if (left) left.end = piece.end
    else if (right) right.effective = piece.effective
    else rows.push(piece)
  }
  return { outcome, ...changes(existing, rows, deleted) }
}

function pieceInWindow(listing: Listing, window: Window): Period | null {
  const effective = listing.effective ? later(window.earliest, listing.effective) : window.from
  const end = earlierEnd(window.to, listing.end)
  if (end !== null && end < effective) return null
  return {
    id: null,
    billable: listing.billable,
    shortDescription: listing.shortDescription,
    longDescription: listing.longDescription,
    effective,
    end,
    versionId: null,
  }
}

function outcomeOf(
  before: Period | undefined,
  listing: Listing | undefined,
  piece: Period | null,
): Outcome {
  if (before && !piece) return 'closed'
  if (before && piece) return sameText(before, piece) ? 'unchanged' : 'revised'
  if (piece) return 'added'
  // Listed, but its own termination date is before the window: nothing was or will be valid.
  return listing ? 'unchanged' : 'absent'
}

function changes(existing: readonly Period[], rows: Period[], deleted: Set<Period>) {
  const plan: Omit<CodePlan, 'outcome'> = { inserts: [], updates: [], deletes: [] }
  rows.forEach((row, index) => {
    if (row.id === null) {
      if (!deleted.has(row)) plan.inserts.push(row)
      return
    }
    const was = existing[index]
    if (deleted.has(row)) {
      if (was) plan.deletes.push(was)
      return
    }
    if (was && (was.effective !== row.effective || was.end !== row.end)) {
      plan.updates.push({ id: row.id, effective: row.effective, end: row.end })
    }
  })
  return plan
}

export function covers(period: Period, day: string): boolean {
  return period.effective <= day && (period.end === null || period.end >= day)
}

function overlaps(period: Period, window: Window): boolean {
  return (
    (window.to === null || period.effective <= window.to) &&
    (period.end === null || period.end >= window.earliest)
  )
}

function spansWindow(period: Period, window: Window): boolean {
  if (period.effective > window.from) return false
  if (period.end === null) return true
  return window.to !== null && period.end >= window.to
}

function isWholeWindow(piece: Period, window: Window): boolean {
  return piece.effective === window.from && piece.end === window.to
}

export function sameText(a: Period, b: Period): boolean {
  return (
    a.billable === b.billable &&
    a.longDescription === b.longDescription &&
    a.shortDescription === b.shortDescription
  )
}
