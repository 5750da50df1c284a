import { z } from 'zod'
import { optionalField, requiredField } from '../validators/field'
import { poBoxError, type PhysicalAddressUse } from '../validators/poBox'
import { UsState } from '../validators/usState'
import {
  optionalX12Text,
  x12Text,
  X12_TEXT,
  x12TextError,
  type X12TextSpec,
} from '../validators/x12Text'
import { Zip, ZipPlus4 } from '../validators/zip'

const street2Spec = { ...X12_TEXT.addressLine, label: 'Address line 2' }

const missing = { error: () => 'Enter the address: street, city, state and ZIP' }

/** A mailing address (patient, subscriber, guarantor, pay-to, payer): a PO box is fine here. */
export const Address = z.object(
  {
    street1: x12Text(X12_TEXT.addressLine),
    street2: optionalX12Text(street2Spec),
    city: x12Text(X12_TEXT.city),
    state: UsState,
    zip: Zip,
  },
  missing,
)
export type Address = z.infer<typeof Address>
export type AddressInput = z.input<typeof Address>

function notPoBox(spec: X12TextSpec, use: PhysicalAddressUse) {
  return (value: string) => x12TextError(value, spec) ?? poBoxError(value, use)
}

/**
 * Where the practice or its patients physically are. 837P 2010AA (billing provider) and 2310C
 * (service facility) need a street address, not a PO box, with the 9-digit ZIP code.
 */
function physicalAddress(use: PhysicalAddressUse) {
  return z.object(
    {
      street1: requiredField(notPoBox(X12_TEXT.addressLine, use)),
      street2: optionalField(notPoBox(street2Spec, use)),
      city: x12Text(X12_TEXT.city),
      state: UsState,
      zip: ZipPlus4,
    },
    missing,
  )
}

export const BillingProviderAddress = physicalAddress('billing')
export type BillingProviderAddress = z.infer<typeof BillingProviderAddress>

export const ServiceLocationAddress = physicalAddress('service')
export type ServiceLocationAddress = z.infer<typeof ServiceLocationAddress>

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value !== 'object') return false
  return Object.values(value).every((part) => typeof part === 'string' && part.trim() === '')
}

/**
 * An address a form may leave entirely empty (pay-to, payer claims address): absent, null or all
 * blank means none; once any part is filled, the whole address must be complete.
 */
export function optionalAddress<S extends z.ZodType>(schema: S) {
  // Optional: zod 4 refuses an absent key otherwise, and JSON (HTTP, stored records) drops
  // undefined keys, so "no address" must survive as a missing key too.
  return z
    .custom<z.input<S> | null | undefined>()
    .superRefine((value, ctx) => {
      if (isBlank(value)) return
      const parsed = schema.safeParse(value)
      if (parsed.success) return
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
      }
    })
    .transform((value): z.output<S> | undefined =>
      isBlank(value) ? undefined : schema.parse(value),
    )
    .optional()
}
