import { z } from 'zod'
import { Npi } from '../validators/npi'
import { personNameShape } from './personName'

/** A physician outside the practice who sends patients (837P loop 2310A, NM1*DN). */
export const ReferringProvider = z.object({
  ...personNameShape('Referring provider'),
  npi: Npi,
})
export type ReferringProvider = z.infer<typeof ReferringProvider>
export type ReferringProviderInput = z.input<typeof ReferringProvider>
