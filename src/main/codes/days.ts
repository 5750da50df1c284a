/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days))
  return date.toISOString().slice(0, 10)
}

export const dayBefore = (iso: string): string => addDays(iso, -1)
export const dayAfter = (iso: string): string => addDays(iso, 1)

/** The later of two dates. */
export function later(a: string, b: string | null | undefined): string {
  return b && b > a ? b : a
}

/** The earlier of two end dates, where null means "no end". */
export function earlierEnd(a: string | null, b: string | null | undefined): string | null {
  if (a === null) return b ?? null
  if (!b) return a
  return b < a ? b : a
}
