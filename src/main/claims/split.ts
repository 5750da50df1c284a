import { MAX_CLAIM_LINES } from '../../shared/schemas/claim'

/**
 * The 837P allows 50 service lines (loop 2400) per claim: a longer visit goes out as several
 * claims, parts 1…n, each carrying the visit's diagnoses, lines kept in the visit's order.
 */
export function splitLines<L>(lines: readonly L[], max: number = MAX_CLAIM_LINES): L[][] {
  if (lines.length === 0) return [[]]
  const parts: L[][] = []
  // Even parts (51 lines → 26 + 25) rather than 50 + 1, so no claim is a stub of one line.
  const count = Math.ceil(lines.length / max)
  const size = Math.ceil(lines.length / count)
  for (let start = 0; start < lines.length; start += size)
    parts.push(lines.slice(start, start + size))
  return parts
}
