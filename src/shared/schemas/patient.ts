import { z } from 'zod'
import { AdministrativeSex } from '../validators/administrativeSex'
import { DateOfBirth } from '../validators/dateOfBirth'
import { OptionalEmail } from '../validators/email'
import { OptionalPhone, Phone } from '../validators/phone'
import { GuarantorRelationship } from '../validators/relationship'
import { Address } from './address'
import { personNameShape } from './personName'

export const PatientPhones = z
  .object({ home: OptionalPhone, mobile: OptionalPhone, work: OptionalPhone })
  .superRefine((phones, ctx) => {
    // The office must be able to reach the patient about a balance or a denial.
    if (!phones.home && !phones.mobile && !phones.work) {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter at least one phone number — home, mobile or work',
        path: ['home'],
      })
    }
  })
export type PatientPhones = z.infer<typeof PatientPhones>

/** Who receives the statements and owes the patient's balance. */
export const Guarantor = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('self') }),
    z.object({
      kind: z.literal('other'),
      ...personNameShape("Guarantor's"),
      relationship: GuarantorRelationship,
      address: Address,
      phone: Phone,
    }),
  ],
  { error: () => 'Say who the guarantor is: the patient, or another person' },
)
export type Guarantor = z.infer<typeof Guarantor>

export const STATEMENT_PREFERENCES = ['mail', 'hold'] as const
export type StatementPreference = (typeof STATEMENT_PREFERENCES)[number]

const NOTES_MAX = 2000

export const Patient = z.object({
  ...personNameShape(),
  dob: DateOfBirth,
  sex: AdministrativeSex,
  address: Address,
  phones: PatientPhones,
  email: OptionalEmail,
  guarantor: Guarantor,
  /** `hold` keeps the patient out of statement runs (a dispute, a collections agreement). */
  statementPreference: z
    .enum(STATEMENT_PREFERENCES, { error: () => 'Pick whether to mail statements or hold them' })
    .default('mail'),
  notes: z
    .string({ error: () => 'Notes must be text' })
    .trim()
    .max(NOTES_MAX, {
      error: (issue) =>
        `Notes are ${String((issue.input as string).length)} characters; keep them to ${NOTES_MAX}`,
    })
    .default(''),
})
export type Patient = z.infer<typeof Patient>
export type PatientInput = z.input<typeof Patient>
