/** A claim's charge (CLM02): the sum of its lines' charges (SV102), in whole cents. */
export function lineTotal(lines: readonly { chargeCents: number }[]): number {
  let total = 0
  for (const line of lines) total += line.chargeCents
  return total
}
