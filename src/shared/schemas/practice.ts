import { z } from 'zod'
import { Ein } from '../validators/ein'
import { Npi } from '../validators/npi'
import { Phone } from '../validators/phone'
import { TaxonomyCode } from '../validators/taxonomy'
import { x12Text, X12_TEXT } from '../validators/x12Text'
import { Address, BillingProviderAddress, optionalAddress } from './address'

/** The practice as the billing provider of every claim (837P loop 2010AA, pay-to in 2010AB). */
export const Practice = z.object({
  legalName: x12Text({ ...X12_TEXT.organizationName, label: 'Legal name' }),
  /** The group's type-2 (organization) NPI; the same check digit rule as an individual's. */
  billingNpi: Npi,
  ein: Ein,
  taxonomyCode: TaxonomyCode,
  billingAddress: BillingProviderAddress,
  /** Where payers mail checks when that is not the office, often a PO box or lockbox. */
  payToAddress: optionalAddress(Address),
  phone: Phone,
})
export type Practice = z.infer<typeof Practice>
export type PracticeInput = z.input<typeof Practice>
