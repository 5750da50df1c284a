import { z } from 'zod'
import { Credentials } from '../validators/credentials'
import { Npi } from '../validators/npi'
import { TaxonomyCode } from '../validators/taxonomy'
import { personNameShape } from './personName'

/** A rendering provider of the practice (837P loop 2310B: NM1*82 and PRV*PE). */
export const Provider = z.object({
  ...personNameShape(),
  credentials: Credentials,
  /** The provider's own type-1 (individual) NPI, never the group's. */
  npi: Npi,
  taxonomyCode: TaxonomyCode,
})
export type Provider = z.infer<typeof Provider>
export type ProviderInput = z.input<typeof Provider>
