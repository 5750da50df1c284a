import { z } from 'zod'
import { Credentials } from '../validators/credentials'
import { Npi } from '../validators/npi'
import { TaxonomyCode } from '../validators/taxonomy'
import { optionalX12Text } from '../validators/x12Text'
import { personNameShape } from './personName'

/** A rendering provider of the practice (837P loop 2310B: NM1*82 and PRV*PE). */
export const Provider = z.object({
  ...personNameShape(),
  credentials: Credentials,
  /** The provider's own type-1 (individual) NPI, never the group's. */
  npi: Npi,
  taxonomyCode: TaxonomyCode,
  /**
   * Medicare's Provider Transaction Access Number, from the MAC's enrollment letter: Medicare
   * and some Medicaid plans ask for it on the phone and in appeals (2310B REF*G2 if a payer wants it).
   */
  ptan: optionalX12Text({ label: 'PTAN', element: 'REF02 (G2)', min: 2, max: 10 }),
  /** The state medical license number, asked for by some Medicaid and workers' comp payers (REF*0B). */
  stateLicense: optionalX12Text({
    label: 'State license',
    element: 'REF02 (0B)',
    min: 2,
    max: 20,
  }),
})
export type Provider = z.infer<typeof Provider>
export type ProviderInput = z.input<typeof Provider>
