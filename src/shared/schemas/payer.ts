import { z } from 'zod'
import { ClaimFilingIndicator } from '../validators/claimFilingIndicator'
import { ClearinghousePayerId } from '../validators/clearinghousePayerId'
import { x12Text, X12_TEXT } from '../validators/x12Text'
import { Address, optionalAddress } from './address'

const timelyFilingMessage =
  "Timely filing limit must be a whole number of days from 1 to 730 — check the payer's provider manual"

/** An insurance company or plan the practice bills (837P loop 2010BB and SBR09). */
export const Payer = z.object({
  name: x12Text({ ...X12_TEXT.organizationName, label: 'Payer name' }),
  clearinghousePayerId: ClearinghousePayerId,
  claimFilingIndicator: ClaimFilingIndicator,
  /** For paper claims and appeals; electronic-only payers may have none. */
  claimsAddress: optionalAddress(Address),
  /** Days from the date of service to file; most commercial plans allow 90–365, Medicare 365. */
  timelyFilingDays: z
    .number({ error: () => timelyFilingMessage })
    .int({ error: timelyFilingMessage })
    .min(1, { error: timelyFilingMessage })
    .max(730, { error: timelyFilingMessage })
    .default(365),
  /** Days to wait for an answer (835) after sending a claim before it goes on the follow-up list. */
  followUpDays: z
    .number({ error: () => 'Follow-up after must be a whole number of days from 1 to 365' })
    .int({ error: 'Follow-up after must be a whole number of days from 1 to 365' })
    .min(1, { error: 'Follow-up after must be a whole number of days from 1 to 365' })
    .max(365, { error: 'Follow-up after must be a whole number of days from 1 to 365' })
    .default(30),
  acceptsElectronicClaims: z.boolean({
    error: () => 'Say whether this payer accepts electronic claims',
  }),
  requiresPriorAuthorization: z
    .boolean({ error: () => 'Say whether this payer requires prior authorization' })
    .default(false),
  /** A Medicare supplement plan: the only other plan boxes 9, 9a and 9d of the CMS-1500 name. */
  medigap: z.boolean({ error: () => 'Say whether this is a Medigap plan' }).default(false),
})
export type Payer = z.infer<typeof Payer>
export type PayerInput = z.input<typeof Payer>
