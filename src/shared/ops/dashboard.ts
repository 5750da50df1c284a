import { z } from 'zod'
import { op } from '../op'

export const AttentionItem = z.object({
  id: z.string(),
  label: z.string(),
  count: z.number().int(),
  /** The money behind the count, where it means something. */
  amountCents: z.number().int().nullable(),
  /** One line: what to do, or why it is fine. */
  detail: z.string(),
  /** Where to work it. */
  href: z.string(),
  tone: z.enum(['red', 'orange', 'blue', 'gray']),
})
export type AttentionItem = z.infer<typeof AttentionItem>

export const dashboardOps = {
  'dashboard.today': op({
    summary: 'What needs attention today, counted for what this role may act on',
    input: z.object({}),
    output: z.object({ today: z.string(), items: z.array(AttentionItem) }),
    access: 'signedIn',
  }),
}
