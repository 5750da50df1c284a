import type { Adjustment837 } from '../claim837'
import { formatCents, formatQuantity, type WriteContext } from './elements'
import type { SegmentList } from './segments'

const GROUPS = ['CO', 'CR', 'OA', 'PI', 'PR'] as const
/** CARC: 1–3 digits, or a letter and 1–2 digits (A1, B7, P21 style codes have up to 5). */
const REASON = /^[0-9A-Z]{1,5}$/

/**
 * CAS of 2320 (claim level, up to 5 segments) or 2430 (line level): one segment per group code,
 * up to six reason/amount/quantity triplets each.
 */
export function writeAdjustments(
  out: SegmentList,
  ctx: WriteContext,
  loop: string,
  adjustments: readonly Adjustment837[] | undefined,
  maxSegments: number,
): void {
  if (!adjustments || adjustments.length === 0) return
  if (adjustments.some((a) => !(GROUPS as readonly string[]).includes(a.group))) {
    ctx.fail(loop, 'CAS01', 'must be CO, CR, OA, PI or PR')
  }
  let written = 0
  for (const group of GROUPS) {
    const reasons = adjustments.filter((a) => a.group === group)
    for (let start = 0; start < reasons.length; start += 6) {
      const elements = ['CAS', group]
      for (const a of reasons.slice(start, start + 6)) {
        const reason = ctx.id(a.reason, loop, 'CAS02', 1, 5)
        if (!REASON.test(reason)) ctx.fail(loop, 'CAS02', 'is not an adjustment reason code')
        let quantity = ''
        if (a.quantity !== undefined) {
          quantity = formatQuantity(a.quantity) ?? ctx.fail(loop, 'CAS04', 'is not a quantity')
        }
        elements.push(reason, formatCents(a.amountCents), quantity)
      }
      written++
      if (written > maxSegments) ctx.fail(loop, 'CAS', `allows at most ${maxSegments} segments`)
      out.add(...elements)
    }
  }
}
