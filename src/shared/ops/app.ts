import { z } from 'zod'
import { op } from '../op'

export const StoreStatus = z.enum(['absent', 'closed', 'open'])
export type StoreStatus = z.infer<typeof StoreStatus>

export const appOps = {
  'app.info': op({
    summary: 'Version, data folder and whether the practice store exists and is open',
    input: z.object({}),
    output: z.object({
      name: z.literal('ClaimDesk'),
      version: z.string(),
      dataDir: z.string(),
      store: StoreStatus,
    }),
    access: 'public',
    whenLocked: true,
    passive: true,
  }),
}
